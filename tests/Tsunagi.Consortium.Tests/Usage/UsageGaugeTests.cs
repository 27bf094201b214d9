using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.Usage;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Consortium.Tests.Usage.UsageFixtures;

namespace Tsunagi.Consortium.Tests.Usage;

/// <summary>The daily snapshot: distinct staff who signed in that day, residents held (除票 included) and an estimate of bytes stored.</summary>
public sealed class UsageGaugeTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task The_snapshot_counts_each_staff_member_who_signed_in_that_day_once_and_the_residents_held()
    {
        var day = BeforeNextTokyoMidnight(factory.Time, TimeSpan.FromHours(5));
        await new AuditTestLogin(factory).AsAsync(Otsuchi, "clerk");
        await new AuditTestLogin(factory).AsAsync(Otsuchi, "clerk");
        await new AuditTestLogin(factory).AsAsync(Otsuchi, "auditor");
        await TakeAsync(day);
        var first = await CountersAsync(factory, Otsuchi, day);

        var client = factory.CreateClient();
        using var moveIn = await PostAsync(client, "/api/v1/notifications/move-in", await TokenRequests.AccessTokenAsync(client, Otsuchi), MoveIn("2026-11-20", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Created, moveIn.StatusCode);
        await TakeAsync(day);
        var second = await CountersAsync(factory, Otsuchi, day);

        Assert.Equal(2, first[UsageMetric.ActiveStaff]);
        Assert.Equal(first[UsageMetric.StoredResidents] + 3, second[UsageMetric.StoredResidents]);
        Assert.True(first[UsageMetric.StoredBytes] > 0);
        Assert.True(second[UsageMetric.StoredBytes] > first[UsageMetric.StoredBytes]);
    }

    [Fact]
    public async Task A_snapshot_round_gives_every_municipality_today_s_reading_once()
    {
        var day = BeforeNextTokyoMidnight(factory.Time, TimeSpan.FromHours(6));
        var service = factory.Services.GetRequiredService<UsageSnapshotService>();

        await service.RunOnceAsync(Cancellation);

        foreach (var town in new[] { Otsuchi, "034851", Noda })
        {
            var counters = await CountersAsync(factory, town, day);
            Assert.True(counters.ContainsKey(UsageMetric.StoredResidents), town);
            Assert.True(counters.ContainsKey(UsageMetric.ActiveStaff), town);
        }
    }

    private Task<int> TakeAsync(DateOnly day) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp =>
        {
            await sp.GetRequiredService<UsageSnapshot>().TakeAsync(day, Cancellation);
            return 0;
        });
}
