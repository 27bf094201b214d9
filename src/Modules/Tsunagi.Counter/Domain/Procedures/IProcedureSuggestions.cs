namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// Works out which procedures (手続) a visit must cover: the tenant's procedure catalogue (a setting) evaluated against
/// the facts of the visit, each suggestion with the reason shown to the clerk. Pure of side effects.
/// </summary>
public interface IProcedureSuggestions
{
    Task<IReadOnlyList<SuggestedProcedure>> SuggestAsync(VisitFacts facts, CancellationToken cancellationToken = default);
}
