using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Applies the provider's migrations. On PostgreSQL they run as the schema owner
/// (TSUNAGI_OWNER_CONNECTION); the application role never changes the schema.
/// </summary>
public sealed class DatabaseMigrator(DatabaseSettings settings, PlatformDbContext appContext, IEnumerable<ModuleDatabase>? modules = null, IServiceProvider? services = null)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await EnsureSqliteWalAsync(cancellationToken);
            var pending = (await appContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await appContext.Database.MigrateAsync(cancellationToken);
            foreach (var module in modules ?? [])
            {
                await using var moduleContext = module.CreateFor(settings, null);
                pending.AddRange(await moduleContext.Database.GetPendingMigrationsAsync(cancellationToken));
                await moduleContext.Database.MigrateAsync(cancellationToken);
            }

            // Refreshes the query planner's statistics where they went stale (cheap when nothing changed).
            await appContext.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
            return pending;
        }

        var owner = settings.OwnerConnectionString
            ?? throw new InvalidOperationException("PostgreSQL の移行には TSUNAGI_OWNER_CONNECTION（tsunagi_owner の接続文字列）が必要です。 / TSUNAGI_OWNER_CONNECTION is required to migrate PostgreSQL.");
        await using var dataSource = PersistenceRegistration.BuildPostgresDataSource(owner);
        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        PersistenceRegistration.ConfigurePostgres(options, dataSource);
        await using var ownerContext = new PostgresPlatformDbContext(options.Options, new TenantContext());
        var pendingOnPostgres = (await ownerContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await ownerContext.Database.MigrateAsync(cancellationToken);
        foreach (var module in modules ?? [])
        {
            await using var moduleContext = module.CreateFor(settings, dataSource);
            pendingOnPostgres.AddRange(await moduleContext.Database.GetPendingMigrationsAsync(cancellationToken));
            await moduleContext.Database.MigrateAsync(cancellationToken);
        }

        return pendingOnPostgres;
    }

    /// <summary>Pending migrations of the platform and of every module, read with the application's own connection.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await appContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        foreach (var module in modules ?? [])
        {
            var moduleContext = (DbContext)services!.GetRequiredService(module.ContextType);
            pending.AddRange(await moduleContext.Database.GetPendingMigrationsAsync(cancellationToken));
        }

        return pending;
    }

    /// <summary>WAL is persistent in the file; one EF creation path does not set it, so set and assert it here.</summary>
    private async Task EnsureSqliteWalAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite を WAL モードにできませんでした（{mode}）。 / SQLite could not be switched to WAL mode.");
        }
    }
}
