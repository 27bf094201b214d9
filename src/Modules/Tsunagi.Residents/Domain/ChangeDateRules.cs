namespace Tsunagi.Residents.Domain;

/// <summary>The date rules every change obeys; each broken rule names its field.</summary>
public static class ChangeDateRules
{
    public const string EffectiveOnField = "effectiveOn";
    public const string NotifiedOnField = "notifiedOn";
    public const string DateOfBirthField = "dateOfBirth";
    public const string EffectiveOnLabel = "Field.EffectiveOn";
    public const string NotifiedOnLabel = "Field.NotifiedOn";
    public const string DateOfBirthLabel = "Field.DateOfBirth";

    /// <param name="previousEffectiveOn">異動日 of the resident's latest change, if any.</param>
    public static IReadOnlyList<FieldProblem> Check(ChangeKind kind, ChangeContext context, DateOnly dateOfBirth, DateOnly? previousEffectiveOn)
    {
        var problems = new List<FieldProblem>();
        // 転出 is notified in advance: its 異動日 is the planned day, later than the notification.
        var mayBeAhead = kind == ChangeKind.MoveOut || context.FollowsPlannedMoveOut;
        if (dateOfBirth > context.Today)
        {
            problems.Add(new FieldProblem(DateOfBirthField, DateOfBirthLabel, "Problem.FutureDate"));
        }

        if (!mayBeAhead && context.EffectiveOn > context.Today)
        {
            problems.Add(new FieldProblem(EffectiveOnField, EffectiveOnLabel, "Problem.FutureDate"));
        }

        if (context.NotifiedOn > context.Today)
        {
            problems.Add(new FieldProblem(NotifiedOnField, NotifiedOnLabel, "Problem.FutureDate"));
        }

        if (context.EffectiveOn < dateOfBirth)
        {
            problems.Add(new FieldProblem(EffectiveOnField, EffectiveOnLabel, "Problem.BeforeBirth"));
        }

        if (!mayBeAhead && context.Origin == ChangeOrigin.Notification && context.EffectiveOn > context.NotifiedOn)
        {
            problems.Add(new FieldProblem(EffectiveOnField, EffectiveOnLabel, "Problem.AfterNotifiedOn"));
        }

        if (kind != ChangeKind.ExOfficioCorrection && previousEffectiveOn is { } previous && context.EffectiveOn < previous)
        {
            problems.Add(new FieldProblem(EffectiveOnField, EffectiveOnLabel, "Problem.BeforePreviousChange", previous));
        }

        return problems;
    }
}
