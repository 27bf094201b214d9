namespace Tsunagi.Web.Tests.Messaging;

/// <summary>What one handling saw: the event's town, the scope's tenant, and the tenant ids row-level security let it read.</summary>
public sealed record TenantProbe(string RaisedIn, string ScopeTenant, IReadOnlyList<string> OutboxTenants, IReadOnlyList<string> ReceiptTenants);
