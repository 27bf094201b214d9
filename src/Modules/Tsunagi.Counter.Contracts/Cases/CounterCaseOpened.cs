using Tsunagi.Platform.Messaging;

namespace Tsunagi.Counter.Contracts.Cases;

/// <summary>A case was opened at reception: its id, life event, counter area and reception number (no personal data).</summary>
public sealed record CounterCaseOpened(Guid CaseId, LifeEvent LifeEvent, string Area, string ReceptionNumber, DateTimeOffset ReceivedAt) : IIntegrationEvent;
