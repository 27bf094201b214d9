namespace Tsunagi.Web.Cli;

/// <summary>The options of <c>create-api-client</c>.</summary>
public sealed record CreateApiClientRequest(string? Tenant, string ClientId, IReadOnlyList<string> Scopes, bool SecretFromStdin);
