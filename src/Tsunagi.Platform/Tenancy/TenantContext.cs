namespace Tsunagi.Platform.Tenancy;

/// <summary>Scoped: one per request, job or CLI command. Resolved once; switching tenant inside a scope is refused.</summary>
public sealed class TenantContext : ITenantContext
{
    private string? _tenantId;

    public bool IsResolved => _tenantId is not null;

    public string TenantId => _tenantId ?? throw new TenantNotResolvedException();

    public string? TenantIdOrNull => _tenantId;

    public TenantKind Kind { get; private set; }

    public void Resolve(string tenantId, TenantKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (_tenantId is not null && !string.Equals(_tenantId, tenantId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The tenant of this scope is already resolved to another tenant.");
        }

        _tenantId = tenantId;
        Kind = kind;
    }
}
