namespace Tsunagi.Platform.Persistence;

/// <summary>
/// The two PostgreSQL roles: the owner runs migrations and owns the schema; the application connects
/// as a role that owns nothing and cannot bypass row-level security.
/// </summary>
public static class PostgresRoles
{
    /// <summary>LOGIN; owns the database, the schema and every table; runs migrations (TSUNAGI_OWNER_CONNECTION).</summary>
    public const string Owner = "tsunagi_owner";

    /// <summary>LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB; the running application (TSUNAGI_CONNECTION).</summary>
    public const string Application = "tsunagi_app";

    /// <summary>The setting row-level security policies compare tenant_id with; see <see cref="PostgresTenantInterceptor"/>.</summary>
    public const string TenantSetting = "tsunagi.tenant_id";
}
