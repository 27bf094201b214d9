using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Features.Reception;

/// <summary>The steps a new case starts with: one per suggestion, and the register notification the life event needs.</summary>
public static class CaseSteps
{
    public static IEnumerable<CaseStep> From(CounterCase counterCase, IReadOnlyList<SuggestedProcedure> suggestions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counterCase);
        ArgumentNullException.ThrowIfNull(suggestions);
        var position = 0;
        if (counterCase.LifeEvent == LifeEvent.MoveIn && !suggestions.Any(s => s.ProcedureCode == RegisterStepCodes.MoveIn))
        {
            yield return New(counterCase, position++, RegisterStepCodes.MoveIn, RegisterStepCodes.MoveInName, RegisterStepCodes.Department, "転入の届出", 0, RegisterStepCodes.MoveInServiceLevel, now);
        }

        foreach (var suggestion in suggestions)
        {
            yield return New(counterCase, position++, suggestion.ProcedureCode, suggestion.NameJa, suggestion.Department, suggestion.ReasonJa, suggestion.Fee, suggestion.ServiceLevel, now);
        }
    }

    public static CaseStep New(CounterCase counterCase, int position, string code, string name, string department, string reason, long fee, TimeSpan serviceLevel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counterCase);
        return new CaseStep
        {
            TenantId = counterCase.TenantId,
            Id = Guid.CreateVersion7(now),
            CaseId = counterCase.Id,
            Position = position,
            ProcedureCode = code,
            ProcedureName = name,
            Department = department,
            SuggestionReason = reason,
            Fee = fee,
            ExecutedByPlatform = RegisterStepCodes.IsExecuted(code),
            State = StepState.NotStarted,
            CreatedAt = now,
            DueAt = now + serviceLevel,
        };
    }
}
