using Npgsql;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.LegacyMigration;

[Trait("Lane", "postgres")]
public sealed class PostgresLegacyMigrationTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task A_real_run_under_row_level_security_lands_only_in_the_chosen_town()
    {
        var file = new LegacyFile();
        file.Add("P1", "HP1", "髙橋", "一", recordCode: LegacyFile.RecordCode(900), number: LegacyFile.Number(900));
        file.Add("P2", "HP1", "髙橋", "二", relationship: "03", recordCode: LegacyFile.RecordCode(901));

        var outcome = await MigrationScope.RunAsync(factory.Services, "034614", file.ShiftJis());

        Assert.Equal(2, outcome.Imported);
        await using var admin = new NpgsqlConnection(factory.AdminConnectionString);
        await admin.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new NpgsqlCommand("SELECT tenant_id, count(*) FROM residency_changes WHERE idempotency_key LIKE 'legacy:P%' GROUP BY tenant_id", admin);
        await using var reader = await count.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        Assert.Equal([("034614", 2L)], rows);
        Assert.Empty(await MigrationScope.MigratedAsync(factory.Services, "035033"));
    }
}
