using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// One module's DbContext as the migrator and the health check see it: its name, its own migrations history
/// table, and how to build its provider context on a given connection (the owner's, for migrations).
/// </summary>
public sealed record ModuleDatabase(
    string Name,
    string HistoryTable,
    Type ContextType,
    Func<string, DbContext> CreateSqlite,
    Func<NpgsqlDataSource, DbContext> CreatePostgres)
{
    public DbContext CreateFor(DatabaseSettings settings, NpgsqlDataSource? ownerDataSource) =>
        settings.Provider == DatabaseProvider.Sqlite ? CreateSqlite(settings.ConnectionString) : CreatePostgres(ownerDataSource!);

    internal static TenantContext NoTenant() => new();
}
