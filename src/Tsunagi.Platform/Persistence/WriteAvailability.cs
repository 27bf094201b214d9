namespace Tsunagi.Platform.Persistence;

/// <summary>Whether the database takes writes now; anything but <see cref="Available"/> is degraded mode (縮退運転).</summary>
public enum WriteAvailability
{
    Available,

    /// <summary>The database is read-only: a PostgreSQL standby in recovery, or a SQLite file that cannot be written.</summary>
    ReadOnly,

    /// <summary>Writes failed recently for a reason that is not the request's (disk full, I/O error, connection lost).</summary>
    Failing,
}
