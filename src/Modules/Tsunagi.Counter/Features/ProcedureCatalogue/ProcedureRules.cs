using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>
/// Evaluates a catalogue against a visit, pure: procedures of the visit's life event whose condition holds for at least
/// one member, in catalogue order. A household procedure appears once, naming every matched member; a per-person
/// procedure once per matched member. A condition that fails while running (a division by zero) is suggested with a
/// reason asking the clerk to check, rather than silently dropped.
/// </summary>
public static class ProcedureRules
{
    public const string Placeholder = "{対象}";

    public const string FailedReason = "条件を評価できなかったため、要否を確認してください（手続一覧の条件の見直しが必要です）。";

    public static IReadOnlyList<SuggestedProcedure> Evaluate(Catalogue catalogue, VisitFacts visit)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var household = RuleFactsBuilder.Build(visit);
        var suggestions = new List<SuggestedProcedure>();
        foreach (var procedure in catalogue.Procedures.Where(p => p.LifeEvents.Contains(household.LifeEvent, StringComparer.Ordinal)))
        {
            var compiled = ConditionCompiler.Compile(procedure.Condition);
            if (!TryMatch(compiled, household.Members, out var matched))
            {
                suggestions.Add(Suggestion(procedure, FailedReason));
                continue;
            }

            if (matched.Count == 0)
            {
                continue;
            }

            if (procedure.PerPerson)
            {
                suggestions.AddRange(matched.Select(m => Suggestion(procedure, Reason(procedure.Reason, [m]))));
            }
            else
            {
                suggestions.Add(Suggestion(procedure, Reason(procedure.Reason, matched)));
            }
        }

        return suggestions;
    }

    /// <summary>The reason with <c>{対象}</c> replaced by 「長男（8歳）、長女（4歳）」.</summary>
    public static string Reason(string template, IReadOnlyList<PersonRuleFacts> matched)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(matched);
        return template.Replace(Placeholder, string.Join("、", matched.Select(m => m.Label)), StringComparison.Ordinal);
    }

    private static bool TryMatch(CompiledCondition compiled, IReadOnlyList<PersonRuleFacts> members, out List<PersonRuleFacts> matched)
    {
        matched = [];
        if (compiled.Predicate is not { } predicate)
        {
            return false;
        }

        try
        {
            matched.AddRange(members.Where(predicate));
            return true;
        }
        catch (Exception e) when (e is ArithmeticException or InvalidOperationException or NullReferenceException or ArgumentException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    private static SuggestedProcedure Suggestion(CatalogueProcedure procedure, string reason) =>
        new(procedure.Code, procedure.Name, procedure.Department, reason, procedure.DocumentsToBring, procedure.Fee, procedure.CompletedAtCounter, TimeSpan.FromMinutes(procedure.ServiceLevelMinutes));
}
