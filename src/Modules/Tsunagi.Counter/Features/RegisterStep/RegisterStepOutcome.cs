using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseWork;

namespace Tsunagi.Counter.Features.RegisterStep;

/// <summary>The register step executed (the case after it and the household written), or refused with the problems per field.</summary>
public sealed record RegisterStepOutcome(CaseChanged? Changed, Guid? HouseholdId, IReadOnlyList<CaseProblem> Problems);
