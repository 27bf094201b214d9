using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.CaseList;

/// <summary>Which cases of one day to list: any state, area or life event when null.</summary>
public sealed record CaseListFilter(DateOnly Day, CaseState? State = null, string? Area = null, LifeEvent? LifeEvent = null);
