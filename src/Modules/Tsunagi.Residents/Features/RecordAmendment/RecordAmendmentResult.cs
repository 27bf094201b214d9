namespace Tsunagi.Residents.Features.RecordAmendment;

/// <summary>The amended resident and the names of the items that changed (never their values).</summary>
public sealed record RecordAmendmentResult(Guid ResidentId, IReadOnlyList<string> Items);
