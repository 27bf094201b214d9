namespace Tsunagi.Platform.Persistence;

/// <summary>A DbContext whose connection carries the tenant for row-level security.</summary>
public interface ITenantScopedContext
{
    /// <summary>The tenant to set on the connection, or null when none is resolved (then RLS shows nothing).</summary>
    string? TenantIdForConnection { get; }
}
