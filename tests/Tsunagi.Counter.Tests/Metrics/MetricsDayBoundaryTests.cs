using System.Net;
using Tsunagi.Counter.Tests.Cases;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Metrics;

/// <summary>Cases opened through the reception one second either side of midnight in Tokyo fall on their own days.</summary>
public sealed class MetricsDayBoundaryTests(CounterFactory factory) : IClassFixture<CounterFactory>
{
    [Fact]
    public async Task A_case_received_at_2359_JST_counts_on_that_day_and_one_at_0000_JST_on_the_next()
    {
        factory.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 59, 59, TimeSpan.Zero));
        using var operate = await CaseFixtures.ApiClientAsync(factory);
        using var manage = await MetricsFixtures.ApiClientAsync(factory, CounterPermissions.Manage);
        var (lateStatus, _) = await PostAsync(operate, "/api/v1/counter/cases", MoveInReception(number: "LATE0001"));
        factory.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
        var (earlyStatus, _) = await PostAsync(operate, "/api/v1/counter/cases", MoveInReception(number: "EARLY001"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (lateStatus, earlyStatus));
        Assert.Equal(1, await CasesAsync(manage, "from=2026-11-30&to=2026-11-30"));
        Assert.Equal(1, await CasesAsync(manage, "from=2026-12-01&to=2026-12-01"));
        Assert.Equal(1, await CasesAsync(manage, string.Empty));
        Assert.Equal(2, await CasesAsync(manage, "from=2026-11-30&to=2026-12-01&area=A"));
    }

    private static async Task<int> CasesAsync(HttpClient api, string query)
    {
        var (status, json) = await GetAsync(api, "/api/v1/counter/metrics?" + query);
        Assert.Equal(HttpStatusCode.OK, status);
        return json.GetProperty("cases").GetInt32();
    }
}
