using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.RecordAmendment;

/// <summary>A parsed 記載事項変更届.</summary>
public sealed record RecordAmendmentCommand(Guid ResidentId, int Version, DateOnly EffectiveOn, DateOnly NotifiedOn, AmendedItems Items);
