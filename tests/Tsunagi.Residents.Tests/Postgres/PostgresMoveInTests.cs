using System.Net;
using Npgsql;
using Tsunagi.Residents.Tests.Features.MoveIn;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Postgres;

/// <summary>The register on PostgreSQL as the application role: writes land under row-level security, in the writer's tenant only.</summary>
[Trait("Lane", "postgres")]
public sealed class PostgresMoveInTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task A_move_in_through_the_api_is_stored_under_its_tenant_and_invisible_to_another()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614", "residents.write");

        using var response = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family(), "pg-move-in-1");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3L, await CountAsAppAsync("034614", "residents"));
        Assert.Equal(3L, await CountAsAppAsync("034614", "residency_changes"));
        Assert.Equal(0L, await CountAsAppAsync("035033", "residents"));
        Assert.Equal(0L, await CountAsAppAsync(string.Empty, "residents"));
    }

    [Fact]
    public async Task The_application_role_cannot_rewrite_or_delete_history()
    {
        await using var connection = new NpgsqlConnection(factory.AppConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("select set_config('tsunagi.tenant_id', '034614', false); delete from residency_changes", connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    private async Task<long> CountAsAppAsync(string tenant, string table)
    {
        await using var connection = new NpgsqlConnection(factory.AppConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var sql = table switch
        {
            "residents" => "select set_config('tsunagi.tenant_id', @tenant, false); select count(*) from residents",
            _ => "select set_config('tsunagi.tenant_id', @tenant, false); select count(*) from residency_changes",
        };
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.NextResultAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        return reader.GetInt64(0);
    }
}
