namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>One fee entry as the API shows it; <see cref="InForce"/> marks the entry that applies today for its type.</summary>
public sealed record FeeEntryItem(Guid Id, string Type, string TypeLabel, long FeePerCopy, DateOnly EffectiveFrom, bool InForce);
