using Tsunagi.Counter.Contracts;

namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>What the rules see of a visit: the life event, its date and the household after the event (as declared or from the register).</summary>
public sealed record VisitFacts(LifeEvent LifeEvent, DateOnly EventDate, IReadOnlyList<PersonFacts> Household, bool FromAbroad = false);
