namespace Tsunagi.Platform.Tenancy;

/// <summary>
/// A row that belongs to one tenant. Its table has a <c>tenant_id</c> column, first in the primary key
/// where the library allows it, an EF query filter and a PostgreSQL row-level security policy.
/// </summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
