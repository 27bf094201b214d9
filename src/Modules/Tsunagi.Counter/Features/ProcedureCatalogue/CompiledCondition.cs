using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>A condition after compilation: the predicate, or the Japanese problem that stopped it (「「Ag」という項目はありません（1文字目）」).</summary>
public sealed record CompiledCondition(Func<PersonRuleFacts, bool>? Predicate, string? Problem)
{
    public bool IsValid => Predicate is not null;
}
