using Microsoft.Data.Sqlite;

namespace Tsunagi.Continuity.Tests.Infrastructure;

/// <summary>Direct reads of a test database file, past the application (what is really stored).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Test SQL written in the tests themselves.")]
public static class Sql
{
    public static long Count(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
