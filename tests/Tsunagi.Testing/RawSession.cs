using Npgsql;

namespace Tsunagi.Testing;

/// <summary>A plain, unpooled PostgreSQL connection (no EF, no interceptor) for testing row-level security by itself.</summary>
public sealed class RawSession : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private RawSession(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Opens a connection and, when <paramref name="tenantId"/> is given, sets tsunagi.tenant_id for the session.</summary>
    public static async Task<RawSession> OpenAsync(string connectionString, string? tenantId = null)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var session = new RawSession(connection);
        if (tenantId is not null)
        {
            await session.ScalarAsync<string>("select set_config('tsunagi.tenant_id', @p0, false)", tenantId);
        }

        return session;
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] arguments)
    {
        await using var command = Command(sql, arguments);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<int> ExecuteAsync(string sql, params object[] arguments)
    {
        await using var command = Command(sql, arguments);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<string>> ColumnAsync(string sql, params object[] arguments)
    {
        await using var command = Command(sql, arguments);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Every table in the schema with a tenant_id column, from the catalog (not from the EF model).</summary>
    public Task<IReadOnlyList<string>> TenantTablesAsync() => ColumnAsync("""
        select c.relname::text from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where c.relkind in ('r', 'p') and n.nspname = current_schema()
        order by 1
        """);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Test SQL written in the tests; values are bound as parameters.")]
    private NpgsqlCommand Command(string sql, object[] arguments)
    {
        var command = new NpgsqlCommand(sql, _connection);
        for (var i = 0; i < arguments.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i}", arguments[i]);
        }

        return command;
    }
}
