using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Hosting;

/// <summary>
/// Refuses to serve when tenant isolation could not be enforced by the database: on PostgreSQL, every
/// table with a tenant_id column must have row-level security enabled and forced with a policy, and
/// the application role must not be a superuser, bypass RLS or own the tables.
/// </summary>
public sealed class StartupSafetyChecks(PlatformDbContext db, DatabaseSettings settings, ILogger<StartupSafetyChecks> logger, IServiceProvider? services = null)
{
    private const string UnprotectedTablesSql = """
        select c.relname as "Value"
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where c.relkind in ('r', 'p')
          and n.nspname = current_schema()
          and (not c.relrowsecurity or not c.relforcerowsecurity
               or not exists (select 1 from pg_policy p where p.polrelid = c.oid))
        order by 1
        """;

    private const string UnsafeRoleSql = """
        select r.rolname as "Value"
        from pg_roles r
        where r.rolname = current_user
          and (r.rolsuper or r.rolbypassrls
               or exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                          where n.nspname = current_schema() and c.relowner = r.oid))
        """;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        RequireMasterKey();

        var unprotected = await db.Database.SqlQueryRaw<string>(UnprotectedTablesSql).ToListAsync(cancellationToken);
        if (unprotected.Count > 0)
        {
            throw new StartupRefusedException(
                $"起動を中止しました: 行レベルセキュリティ（ENABLE と FORCE とポリシー）のないテナント表があります: {string.Join(", ", unprotected)}。 " +
                $"Refusing to start: tables with tenant_id lack an enabled and forced row-level security policy: {string.Join(", ", unprotected)}.");
        }

        var unsafeRole = await db.Database.SqlQueryRaw<string>(UnsafeRoleSql).ToListAsync(cancellationToken);
        if (unsafeRole.Count > 0)
        {
            throw new StartupRefusedException(
                "起動を中止しました: アプリケーションの接続ロールがスーパーユーザー、BYPASSRLS、または表の所有者です。tsunagi_app で接続してください。 " +
                "Refusing to start: the application connects as a superuser, a BYPASSRLS role or the table owner; connect as tsunagi_app.");
        }

        logger.LogInformation("Row-level security verified on every tenant table");
    }

    /// <summary>The resident register encrypts 個人番号 on its first write: a missing master key must stop the start, not that write.</summary>
    private void RequireMasterKey()
    {
        try
        {
            _ = services?.GetRequiredService<Tsunagi.Platform.Security.MasterKey>();
        }
        catch (InvalidOperationException ex)
        {
            throw new StartupRefusedException(ex.Message, ex);
        }
    }
}
