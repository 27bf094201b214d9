using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// A restored copy opened for checking: a read-only SQLite file, or the scratch PostgreSQL cluster as its superuser (row-level security
/// does not hide other tenants' rows from it, so counts cover every tenant). Never the live database.
/// </summary>
public sealed class CopyConnection(DatabaseProvider provider, string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _dataSource = provider == DatabaseProvider.Postgres ? PersistenceRegistration.BuildPostgresDataSource(connectionString) : null;

    public DatabaseProvider Provider => provider;

    public static CopyConnection ForSqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _dataSource is null ? new SqliteConnection(connectionString) : _dataSource.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>The platform's context on the copy, in the given tenant scope (unresolved: only the directory tables).</summary>
    public PlatformDbContext PlatformContext(ITenantContext context)
    {
        if (_dataSource is null)
        {
            var sqlite = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
            PersistenceRegistration.ConfigureSqlite(sqlite, connectionString);
            return new SqlitePlatformDbContext(sqlite.Options, context);
        }

        var postgres = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        PersistenceRegistration.ConfigurePostgres(postgres, _dataSource);
        return new PostgresPlatformDbContext(postgres.Options, context);
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
