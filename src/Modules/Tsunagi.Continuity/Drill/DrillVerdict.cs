namespace Tsunagi.Continuity.Drill;

/// <summary>
/// The drill's proof, from the ledger and the keys present on the new primary: acknowledged − present must be
/// empty (RPO 0), present − attempted must be empty (nothing invented) and failed ∩ present must be empty (a write
/// reported as failed did not happen); present ∩ unknown is allowed and listed.
/// </summary>
public sealed record DrillVerdict(
    int Attempted,
    int Acknowledged,
    int Failed,
    IReadOnlyList<string> AcknowledgedButMissing,
    IReadOnlyList<string> PresentButNeverAttempted,
    IReadOnlyList<string> FailedButPresent,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<string> UnknownButPresent)
{
    public bool LostNothing => AcknowledgedButMissing.Count == 0 && PresentButNeverAttempted.Count == 0 && FailedButPresent.Count == 0;

    public static DrillVerdict From(DrillLedger ledger, IReadOnlySet<string> present)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(present);
        var attempted = ledger.Attempted.ToHashSet(StringComparer.Ordinal);
        var acknowledged = ledger.Acknowledged;
        var unknown = ledger.Unknown.Order(StringComparer.Ordinal).ToList();
        return new DrillVerdict(
            attempted.Count,
            acknowledged.Count,
            ledger.Failed.Count,
            [.. acknowledged.Where(k => !present.Contains(k)).Order(StringComparer.Ordinal)],
            [.. present.Where(k => !attempted.Contains(k)).Order(StringComparer.Ordinal)],
            [.. ledger.Failed.Where(present.Contains).Order(StringComparer.Ordinal)],
            unknown,
            [.. unknown.Where(present.Contains)]);
    }
}
