namespace Tsunagi.Platform.Tests.Messaging;

/// <summary>One handling: the event, the tenant of the scope it ran in and the tenants of the outbox rows it could read there.</summary>
public sealed record HandledEvent(int Number, string TenantId, IReadOnlyList<string> VisibleOutboxTenants);
