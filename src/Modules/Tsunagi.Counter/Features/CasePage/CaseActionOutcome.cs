using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.CasePage;

/// <summary>What an action of the case page came to: done, to be confirmed first, refused (problems), stale or not found.</summary>
public sealed record CaseActionOutcome(IReadOnlyList<CaseProblem> Problems, bool NeedsConfirmation = false, bool Stale = false, bool Done = false, bool NotFound = false)
{
    public static CaseActionOutcome Confirm { get; } = new([], NeedsConfirmation: true);

    public static CaseActionOutcome Succeeded { get; } = new([], Done: true);

    public static CaseActionOutcome Refused(IReadOnlyList<CaseProblem> problems) => new(problems);
}
