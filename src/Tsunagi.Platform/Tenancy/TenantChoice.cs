namespace Tsunagi.Platform.Tenancy;

public sealed record TenantChoice(string TenantId, string DisplayName, TenantKind Kind);
