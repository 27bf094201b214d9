using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tsunagi.Platform.Persistence;

/// <summary>Tells a failure of the database to take any write (degraded mode) from a failure of one request (a conflict, a bad value).</summary>
public static class WriteFailure
{
    private const int SqliteIoError = 10;
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>The availability the failure shows, or null when it is the request's own failure.</summary>
    public static WriteAvailability? MeansUnavailable(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteReadOnly }:
                    return WriteAvailability.ReadOnly;
                case SqliteException { SqliteErrorCode: SqliteFull or SqliteIoError or SqliteCantOpen }:
                    return WriteAvailability.Failing;
                case PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction }:
                    return WriteAvailability.ReadOnly;
                case PostgresException { SqlState: PostgresErrorCodes.DiskFull or PostgresErrorCodes.IoError or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow }:
                    return WriteAvailability.Failing;
                case NpgsqlException { IsTransient: true } and not PostgresException:
                    return WriteAvailability.Failing;
            }
        }

        return null;
    }

    /// <summary>The server refused the write outright (read-only, disk full), so it was rolled back; a lost connection leaves the outcome unknown.</summary>
    public static bool NothingSaved(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteReadOnly or SqliteFull }
                || e is PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.DiskFull })
            {
                return true;
            }
        }

        return false;
    }
}
