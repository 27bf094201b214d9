namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>
/// One type's fee in one version of the fee table as the API shows it: from when (null: the built-in national default), set
/// where (<c>municipality</c>, <c>prefecture</c>, <c>national</c> or <c>default</c>), and whether it applies today.
/// </summary>
public sealed record FeeEntryItem(string Type, string TypeLabel, long FeePerCopy, DateOnly? EffectiveFrom, string SetAt, bool InForce);
