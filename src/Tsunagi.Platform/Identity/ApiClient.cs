namespace Tsunagi.Platform.Identity;

/// <summary>A registered system client: bound to one municipality and allowed the listed scopes (declared permission names).</summary>
public sealed record ApiClient(string ClientId, string TenantId, IReadOnlyList<string> Scopes);
