namespace Tsunagi.Residents.Domain;

/// <summary>
/// Legal notification periods (住民基本台帳法 第22–25条; 戸籍法 for births and deaths). A notification past
/// its period is accepted and flagged 届出期間経過 (過料 may apply), never refused.
/// </summary>
public static class NotificationDeadlines
{
    public static int DaysFor(ChangeKind kind) => kind switch
    {
        ChangeKind.Death => 7,
        ChangeKind.MoveIn or ChangeKind.Relocation or ChangeKind.MoveOut or ChangeKind.Birth
            or ChangeKind.HouseholdSplit or ChangeKind.HouseholdMerge or ChangeKind.HouseholdHeadChange => 14,
        _ => int.MaxValue,
    };

    /// <summary>True when the notification came later than the period allows (counting from the day after 異動日).</summary>
    public static bool IsLate(ChangeKind kind, ChangeOrigin origin, DateOnly effectiveOn, DateOnly notifiedOn) =>
        origin == ChangeOrigin.Notification && DaysFor(kind) != int.MaxValue && notifiedOn.DayNumber - effectiveOn.DayNumber > DaysFor(kind);
}
