using Tsunagi.Platform.Messaging;

namespace Tsunagi.Counter.Contracts.Cases;

/// <summary>A procedure of a case was completed by its department (or executed by the platform from the case).</summary>
public sealed record CaseStepCompleted(Guid CaseId, Guid StepId, string ProcedureCode, string Department, bool ExecutedByPlatform, DateTimeOffset CompletedAt) : IIntegrationEvent;
