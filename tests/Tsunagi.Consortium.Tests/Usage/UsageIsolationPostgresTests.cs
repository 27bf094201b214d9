using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Consortium.Tests.Usage.UsageFixtures;

namespace Tsunagi.Consortium.Tests.Usage;

/// <summary>Usage counters on PostgreSQL: the upsert adds under row-level security, and no session sees or writes another town's rows.</summary>
[Trait("Lane", "postgres")]
public sealed class UsageIsolationPostgresTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task Flushed_counts_add_up_in_the_town_s_row_and_row_level_security_hides_them_from_another_town()
    {
        var day = BeforeNextTokyoMidnight(factory.Time, TimeSpan.FromHours(1));
        await RecordAsync(Otsuchi, 3);
        await FlushAsync(factory);
        await RecordAsync(Otsuchi, 4);
        await FlushAsync(factory);

        Assert.Equal(7, (await CountersAsync(factory, Otsuchi, day))[UsageMetric.ApiCalls]);
        Assert.DoesNotContain(UsageMetric.ApiCalls, (await CountersAsync(factory, Noda, day)).Keys);
        await using var noda = await RawSession.OpenAsync(factory.AppConnectionString, Noda);
        Assert.Equal(0L, await noda.ScalarAsync<long>("select count(*) from usage_counters where tenant_id = @p0", Otsuchi));
        await using var nobody = await RawSession.OpenAsync(factory.AppConnectionString);
        Assert.Equal(0L, await nobody.ScalarAsync<long>("select count(*) from usage_counters"));
        await Assert.ThrowsAsync<PostgresException>(() => noda.ExecuteAsync(
            "insert into usage_counters (tenant_id, day, metric, value) values (@p0, current_date, 'ApiCalls', 1)", Otsuchi));
    }

    [Fact]
    public async Task The_stored_bytes_estimate_reads_the_catalogue_as_the_application_role()
    {
        var bytes = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<StoredBytesEstimate>().EstimateAsync(Cancellation));

        Assert.True(bytes > 0);
    }

    private Task<int> RecordAsync(string town, int calls) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
        {
            var meter = sp.GetRequiredService<IUsageMeter>();
            for (var i = 0; i < calls; i++)
            {
                meter.Record(UsageMetric.ApiCalls);
            }

            return Task.FromResult(0);
        });
}
