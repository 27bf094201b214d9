using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Per-connection SQLite settings: synchronous=FULL (NORMAL can lose commits on power loss), foreign
/// keys on, and a busy timeout so concurrent writers wait instead of failing. WAL mode is persistent
/// and is set and asserted by <see cref="DatabaseMigrator"/>.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
