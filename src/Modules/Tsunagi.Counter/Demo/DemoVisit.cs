using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Demo;

/// <summary>
/// One demo case: its life event and household, how long ago it was received, called and closed, its state, and how far its
/// steps got (the first <see cref="CompletedSteps"/> 完了, the next one 処理中 when <see cref="OneInProgress"/>, the rest 受付済).
/// </summary>
public sealed record DemoVisit(
    LifeEvent LifeEvent,
    IReadOnlyList<PersonFacts> Household,
    TimeSpan ReceivedAgo,
    TimeSpan? CalledAgo,
    TimeSpan? ClosedAgo,
    CaseState State,
    int CompletedSteps,
    bool OneInProgress,
    string IdentityLast4);
