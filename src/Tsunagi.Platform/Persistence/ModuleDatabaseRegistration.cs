using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's context (resolved as <typeparamref name="TContext"/>) on the configured provider, on
    /// the same connection as the scope's <see cref="PlatformDbContext"/>, so <see cref="UnitOfWork"/> can commit
    /// the module's rows, audit events and outbox messages in one transaction. Its migrations are kept in their
    /// own history table and applied by <see cref="DatabaseMigrator"/> after the platform's.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string name)
        where TContext : TenantScopedDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var history = $"__{name}_migrations_history";
        services.AddScoped<TContext>(sp =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            var connection = sp.GetRequiredService<PlatformDbContext>().Database.GetDbConnection();
            var tenant = sp.GetRequiredService<ITenantContext>();
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                var options = new DbContextOptionsBuilder<TSqlite>();
                options.UseSqlite(connection, o => o.MigrationsHistoryTable(history)).AddInterceptors(SqlitePragmaInterceptor.Instance);
                return (TContext)Activator.CreateInstance(typeof(TSqlite), options.Options, tenant)!;
            }

            var postgres = new DbContextOptionsBuilder<TPostgres>();
            postgres.UseNpgsql(connection, o => o.MigrationsHistoryTable(history)).AddInterceptors(PostgresTenantInterceptor.Instance, SynchronousReplicationNotices.Instance);
            return (TContext)Activator.CreateInstance(typeof(TPostgres), postgres.Options, tenant)!;
        });

        services.AddSingleton(new ModuleDatabase(
            name,
            history,
            typeof(TContext),
            connectionString =>
            {
                var options = new DbContextOptionsBuilder<TSqlite>();
                options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(history)).AddInterceptors(SqlitePragmaInterceptor.Instance);
                return (DbContext)Activator.CreateInstance(typeof(TSqlite), options.Options, ModuleDatabase.NoTenant())!;
            },
            dataSource =>
            {
                var options = new DbContextOptionsBuilder<TPostgres>();
                options.UseNpgsql(dataSource, o => o.MigrationsHistoryTable(history)).AddInterceptors(PostgresTenantInterceptor.Instance);
                return (DbContext)Activator.CreateInstance(typeof(TPostgres), options.Options, ModuleDatabase.NoTenant())!;
            }));
        return services;
    }

    /// <summary>Design-time options for a module's SQLite context (<c>dotnet ef migrations add</c>); never connects.</summary>
    public static DbContextOptions<TSqlite> DesignTimeSqlite<TSqlite>(string name)
        where TSqlite : DbContext =>
        new DbContextOptionsBuilder<TSqlite>().UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable($"__{name}_migrations_history")).Options;

    /// <summary>Design-time options for a module's PostgreSQL context; never connects.</summary>
    public static DbContextOptions<TPostgres> DesignTimePostgres<TPostgres>(string name)
        where TPostgres : DbContext =>
        new DbContextOptionsBuilder<TPostgres>().UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable($"__{name}_migrations_history")).Options;
}
