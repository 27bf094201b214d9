using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Watches every PostgreSQL connection an EF context opens for the server's WARNING that it stopped waiting
/// for the synchronous standby. Npgsql reports such a commit as a success; <see cref="UnitOfWork"/> asks
/// <see cref="TakeWarning"/> after each commit and turns it into <see cref="CommitOutcomeUnknownException"/>.
/// The messages are matched in English: the nodes run with <c>lc_messages = 'C'</c> (deploy/postgres).
/// </summary>
public sealed class SynchronousReplicationNotices : IDbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<DbConnection, StrongBox<bool>> Warned = [];

    public static SynchronousReplicationNotices Instance { get; } = new();

    /// <summary>True when the server sent the warning since the last call for this connection (and clears it).</summary>
    public static bool TakeWarning(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Warned.TryGetValue(connection, out var flag) && Interlocked.Exchange(ref flag.Value, false);
    }

    /// <summary>Attaches the notice handler once per connection object (module contexts share the platform's).</summary>
    public static void Watch(DbConnection connection)
    {
        if (connection is not NpgsqlConnection npgsql || Warned.TryGetValue(connection, out _))
        {
            return;
        }

        var flag = Warned.GetValue(connection, _ => new StrongBox<bool>());
        npgsql.Notice += (_, e) =>
        {
            if (IsSyncWaitCancelled(e.Notice))
            {
                flag.Value = true;
            }
        };
    }

    public static bool IsSyncWaitCancelled(PostgresNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.InvariantSeverity == "WARNING" &&
            (notice.MessageText.Contains("canceling wait for synchronous replication", StringComparison.Ordinal) ||
             notice.MessageText.Contains("canceling the wait for synchronous replication", StringComparison.Ordinal));
    }

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Watch(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Watch(connection);
        return ValueTask.FromResult(result);
    }
}
