namespace Tsunagi.Platform.Tenancy;

/// <summary>
/// The tenant of the current request, job or command. Fails closed: reading <see cref="TenantId"/>
/// before the tenant was resolved throws, so no query can run unscoped by accident.
/// </summary>
public interface ITenantContext
{
    bool IsResolved { get; }

    /// <summary>The tenant key: a municipality's 全国地方公共団体コード, or a consortium's id for operators.</summary>
    string TenantId { get; }

    TenantKind Kind { get; }

    /// <summary>The tenant key, or null while unresolved (for infrastructure that must not throw).</summary>
    string? TenantIdOrNull { get; }

    void Resolve(string tenantId, TenantKind kind);
}
