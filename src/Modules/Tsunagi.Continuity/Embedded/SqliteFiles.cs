using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Tsunagi.Continuity.Embedded;

/// <summary>Checks on SQLite files that backup and restore share: checksum and <c>PRAGMA integrity_check</c>.</summary>
public static class SqliteFiles
{
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>"ok", or the first problems SQLite reports (a file that is no database at all included).</summary>
    public static async Task<string> IntegrityCheckAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check(20);";
            var problems = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                problems.Add(reader.GetString(0));
            }

            return string.Join("; ", problems);
        }
        catch (SqliteException ex)
        {
            return $"SQLite error {ex.SqliteErrorCode}";
        }
    }

    public static string DatabaseFile(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
}
