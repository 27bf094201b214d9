namespace Tsunagi.Platform.Identity;

/// <summary>The input an API client registration error is about, so callers can name it (e.g. the CLI option).</summary>
public enum ApiClientField
{
    Tenant,
    ClientId,
    Scope,
    Secret,
}
