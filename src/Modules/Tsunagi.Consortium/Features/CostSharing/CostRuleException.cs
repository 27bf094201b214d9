using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Features.CostSharing;

/// <summary>Input refused, with every problem found; nothing was changed.</summary>
public sealed class CostRuleException(IReadOnlyList<CostProblem> problems) : Exception("The input was refused.")
{
    public IReadOnlyList<CostProblem> Problems { get; } = problems;
}
