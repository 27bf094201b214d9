using Tsunagi.Platform.Messaging;

namespace Tsunagi.Counter.Contracts.Cases;

/// <summary>A case ended: closed with every step done or not needed, or cancelled (<see cref="Cancelled"/>).</summary>
public sealed record CounterCaseClosed(Guid CaseId, LifeEvent LifeEvent, bool Cancelled, DateTimeOffset ClosedAt) : IIntegrationEvent;
