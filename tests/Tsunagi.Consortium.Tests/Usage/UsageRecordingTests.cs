using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Testing;
using static Tsunagi.Consortium.Tests.Usage.UsageFixtures;

namespace Tsunagi.Consortium.Tests.Usage;

/// <summary>Counts recorded by the real move-in, certificate issuance and API pipeline land in the caller's town and Tokyo day.</summary>
public sealed class UsageRecordingTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_move_in_and_a_certificate_either_side_of_the_Tokyo_midnight_are_counted_on_their_own_days_for_the_town()
    {
        await EnsureCertificateSettingsAsync(factory);
        var client = factory.CreateClient();
        var day = BeforeNextTokyoMidnight(factory.Time, TimeSpan.FromSeconds(30));
        var next = day.AddDays(1);
        var residentsToken = await TokenRequests.AccessTokenAsync(client, Otsuchi);
        var certificatesToken = await CertificateTokenAsync(factory, client);

        using var moveIn = await PostAsync(client, "/api/v1/notifications/move-in", residentsToken, MoveIn("2026-11-20", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Created, moveIn.StatusCode);
        using var json = await TokenRequests.JsonAsync(moveIn);
        var household = json.RootElement.GetProperty("householdId").GetGuid();
        var head = json.RootElement.GetProperty("residentIds")[0].GetGuid();
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        using var issue = await PostAsync(client, "/api/v1/certificates", certificatesToken, Certificate(household, head, copies: 2));
        Assert.Equal(HttpStatusCode.Created, issue.StatusCode);
        await FlushAsync(factory);

        var before = await CountersAsync(factory, Otsuchi, day);
        var after = await CountersAsync(factory, Otsuchi, next);
        Assert.Equal(1, before[UsageMetric.Notifications]);
        Assert.Equal(1, before[UsageMetric.ApiCalls]);
        Assert.False(before.ContainsKey(UsageMetric.Certificates));
        Assert.Equal(2, after[UsageMetric.Certificates]);
        Assert.Equal(1, after[UsageMetric.ApiCalls]);
        Assert.False(after.ContainsKey(UsageMetric.Notifications));
        var otherTown = await CountersAsync(factory, Noda, day);
        Assert.DoesNotContain(otherTown.Keys, m => !m.IsGauge());
    }

    [Fact]
    public async Task A_refused_notification_counts_as_an_API_call_but_not_as_a_notification()
    {
        var client = factory.CreateClient();
        var day = BeforeNextTokyoMidnight(factory.Time, TimeSpan.FromHours(2));
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi);
        var tomorrow = day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var refused = await PostAsync(client, "/api/v1/notifications/move-in", token, MoveIn(tomorrow, tomorrow));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        await FlushAsync(factory);

        var counters = await CountersAsync(factory, Otsuchi, day);
        Assert.Equal(1, counters[UsageMetric.ApiCalls]);
        Assert.False(counters.ContainsKey(UsageMetric.Notifications));
    }

    [Fact]
    public async Task Concurrent_recordings_from_many_requests_all_reach_the_database_while_flushes_run()
    {
        var day = BeforeNextTokyoMidnight(factory.Time, TimeSpan.FromHours(3));
        const int Requests = 16;
        const int PerRequest = 250;

        var recorders = Enumerable.Range(0, Requests).Select(_ => Task.Run(() =>
            factory.Services.InTenantScopeAsync(Noda, Platform.Tenancy.TenantKind.Municipality, sp =>
            {
                var meter = sp.GetRequiredService<IUsageMeter>();
                for (var i = 0; i < PerRequest; i++)
                {
                    meter.Record(UsageMetric.Certificates);
                }

                return Task.FromResult(0);
            }), Cancellation));
        var flushes = Enumerable.Range(0, 4).Select(_ => Task.Run(() => FlushAsync(factory), Cancellation));
        await Task.WhenAll([.. recorders, .. flushes]);
        await FlushAsync(factory);

        Assert.Equal(Requests * PerRequest, (await CountersAsync(factory, Noda, day))[UsageMetric.Certificates]);
    }
}
