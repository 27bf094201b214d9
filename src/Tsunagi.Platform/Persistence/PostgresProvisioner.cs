using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Npgsql;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Prepares a PostgreSQL server with an administrator's connection: the two roles, a database owned
/// by <see cref="PostgresRoles.Owner"/>, and nothing for PUBLIC. Every step is idempotent. Identifiers
/// and passwords are quoted by the server (<c>format('%I', '%L')</c>), never spliced in here.
/// </summary>
public static partial class PostgresProvisioner
{
    /// <summary>Creates or updates both login roles, setting their passwords and attributes again.</summary>
    public static async Task EnsureRolesAsync(string adminConnectionString, string ownerPassword, string applicationPassword, CancellationToken cancellationToken = default)
    {
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync(cancellationToken);
        await EnsureRoleAsync(admin, PostgresRoles.Owner, ownerPassword, cancellationToken);
        await EnsureRoleAsync(admin, PostgresRoles.Application, applicationPassword, cancellationToken);
    }

    /// <summary>
    /// Creates the database (or takes it over) for <see cref="PostgresRoles.Owner"/>: owner of the database
    /// and of schema public, CONNECT only for the application role, no CREATE on public for anyone else.
    /// </summary>
    public static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken = default)
    {
        if (!IsValidDatabaseName(database))
        {
            throw new ArgumentException($"データベース名 '{database}' は使えません（英小文字・数字・_ で 63 文字まで、先頭は英小文字か _）。 / Invalid database name '{database}'.", nameof(database));
        }

        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            var exists = await ScalarAsync<bool>(admin, "select exists (select 1 from pg_database where datname = @p0)", cancellationToken, database);
            await ExecuteFormattedAsync(
                admin,
                exists ? "ALTER DATABASE %I OWNER TO %I" : "CREATE DATABASE %I OWNER %I ENCODING 'UTF8' TEMPLATE template0",
                cancellationToken,
                database,
                PostgresRoles.Owner);
            await ExecuteFormattedAsync(admin, "REVOKE ALL ON DATABASE %I FROM PUBLIC", cancellationToken, database);
            await ExecuteFormattedAsync(admin, "GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I", cancellationToken, database, PostgresRoles.Application);
        }

        var inDatabase = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, Pooling = false };
        await using var connection = new NpgsqlConnection(inDatabase.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteFormattedAsync(connection, "ALTER SCHEMA public OWNER TO %I", cancellationToken, PostgresRoles.Owner);
        await ExecuteAsync(connection, "REVOKE ALL ON SCHEMA public FROM PUBLIC", cancellationToken);
    }

    public static bool IsValidDatabaseName(string? database) => database is not null && DatabaseName().IsMatch(database);

    private static async Task EnsureRoleAsync(NpgsqlConnection admin, string role, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var exists = await ScalarAsync<bool>(admin, "select exists (select 1 from pg_roles where rolname = @p0)", cancellationToken, role);
        await ExecuteFormattedAsync(
            admin,
            (exists ? "ALTER ROLE %I WITH" : "CREATE ROLE %I WITH") + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOREPLICATION INHERIT PASSWORD %L",
            cancellationToken,
            role,
            password);
    }

    /// <summary>Has the server quote the arguments into <paramref name="template"/> (format's %I and %L), then runs the result.</summary>
    private static async Task ExecuteFormattedAsync(NpgsqlConnection connection, string template, CancellationToken cancellationToken, params string[] arguments)
    {
        var placeholders = string.Concat(arguments.Select((_, i) => $", @p{i + 1}"));
        var statement = await ScalarAsync<string>(connection, $"select format(@p0{placeholders})", cancellationToken, [template, .. arguments]);
        await ExecuteAsync(connection, statement, cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/> with the arguments bound to @p0, @p1, …</summary>
    [SuppressMessage("Security", "CA2100", Justification = "Constant SQL; values are bound as parameters.")]
    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params string[] arguments)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < arguments.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i}", arguments[i]);
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    [SuppressMessage("Security", "CA2100", Justification = "Constant SQL, or a statement the server built with format('%I', '%L') quoting.")]
    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatabaseName();
}
