using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>
/// When the head leaves the register (転出, 死亡) and others stay, the remaining household must keep exactly one
/// head: the notification names the new one, recorded as a 世帯主変更 in the same transaction.
/// </summary>
public static class HeadSuccession
{
    public const string Field = "newHead";
    public const string Label = "Field.NewHead";

    /// <summary>The member who becomes head, or null when none is needed; refuses a missing, leaving or unneeded one.</summary>
    public static Resident? Choose(HouseholdMembers household, IReadOnlyCollection<Resident> leaving, ResidentVersion? newHead)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(leaving);
        var remaining = household.Registered.Where(r => !leaving.Contains(r)).ToList();
        var headLeaves = leaving.Any(r => r.Record.IsHouseholdHead);
        if (!headLeaves || remaining.Count == 0)
        {
            return newHead is null ? null : throw ResidentRuleException.Of(Field, Label, "Problem.NewHeadNotNeeded");
        }

        if (newHead is null)
        {
            throw ResidentRuleException.Of(Field, Label, "Problem.NewHeadRequired");
        }

        var chosen = household.Take(newHead, Field, Label);
        return remaining.Contains(chosen) ? chosen : throw ResidentRuleException.Of(Field, Label, "Problem.NewHeadMustRemain");
    }

    /// <summary>Records the new head's 世帯主変更 (続柄 → 世帯主) dated like the change that made it necessary.</summary>
    public static ResidencyChange Record(Resident newHead, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(newHead);
        return ProblemPaths.Rename(
            () => newHead.Change(ChangeKind.HouseholdHeadChange, newHead.Record with { Relationship = Relationships.Head }, context),
            ("effectiveOn", Field));
    }
}
