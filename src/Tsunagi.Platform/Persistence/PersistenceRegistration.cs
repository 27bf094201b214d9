using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Tsunagi.Platform.Persistence;

public static class PersistenceRegistration
{
    /// <summary>Registers <see cref="PlatformDbContext"/> on the configured provider, with the tenant plumbing for it.</summary>
    public static IServiceCollection AddTsunagiPersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.DataDirectory);
            services.AddDbContext<PlatformDbContext, SqlitePlatformDbContext>(options => ConfigureSqlite(options, settings.ConnectionString));
        }
        else
        {
            var dataSource = BuildPostgresDataSource(settings.ConnectionString);
            services.AddSingleton(dataSource);
            services.AddDbContext<PlatformDbContext, PostgresPlatformDbContext>(options => ConfigurePostgres(options, dataSource));
        }

        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// A data source whose pool always resets a session (DISCARD ALL) before handing it to the next user,
    /// even if the connection string says No Reset On Close: tsunagi.tenant_id must never outlive its user.
    /// No client-side command timeout (0): a timeout firing while COMMIT waits for the synchronous standby
    /// leaves the row on the primary only and Npgsql reports success (ADR 0009).
    /// </summary>
    public static NpgsqlDataSource BuildPostgresDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = false;
        builder.ConnectionStringBuilder.CommandTimeout = 0;
        return builder.Build();
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .AddInterceptors(SqlitePragmaInterceptor.Instance)
            .UseOpenIddict();

    public static void ConfigurePostgres(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource)
            .AddInterceptors(PostgresTenantInterceptor.Instance, SynchronousReplicationNotices.Instance)
            .UseOpenIddict();
}
