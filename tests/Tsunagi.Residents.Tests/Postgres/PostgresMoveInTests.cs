using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
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
        // The class shares one database and xUnit runs its tests in random order: count from what is there.
        var (residents, changes) = (await CountAsAppAsync("034614", "residents"), await CountAsAppAsync("034614", "residency_changes"));

        using var response = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family(), "pg-move-in-1");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(residents + 3, await CountAsAppAsync("034614", "residents"));
        Assert.Equal(changes + 3, await CountAsAppAsync("034614", "residency_changes"));
        Assert.Equal(0L, await CountAsAppAsync("035033", "residents"));
        Assert.Equal(0L, await CountAsAppAsync(string.Empty, "residents"));
    }

    [Fact]
    public async Task Four_clerks_registering_move_ins_at_once_all_succeed_and_the_towns_audit_chain_stays_whole()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614", "residents.write");
        var before = await CountAsAppAsync("034614", "residents");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(clerk => Task.Run(async () =>
        {
            var results = new List<HttpStatusCode>();
            for (var i = 0; i < 10; i++)
            {
                var family = MoveInRequests.Family();
                family.Members[0].IndividualNumber = null;
                using var response = await MoveInRequests.PostAsync(factory.CreateClient(), token, family, $"pg-concurrent-{clerk}-{i}");
                results.Add(response.StatusCode);
            }

            return results;
        })));

        Assert.All(statuses.SelectMany(s => s), status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(before + (4 * 10 * 3), await CountAsAppAsync("034614", "residents"));
        var chain = await factory.Services.InTenantScopeAsync("034614", TenantKind.Municipality, sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync("034614", TestContext.Current.CancellationToken));
        Assert.True(chain.IsIntact, chain.Problem);
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
