namespace Tsunagi.Platform.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under TSUNAGI_DATA, WAL mode.</summary>
    Sqlite,

    /// <summary>The shared cloud: PostgreSQL 15+, row-level security, two roles.</summary>
    Postgres,
}
