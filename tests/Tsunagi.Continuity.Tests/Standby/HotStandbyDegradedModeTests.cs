using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Testing;
using Tsunagi.Web.Drill;

namespace Tsunagi.Continuity.Tests.Standby;

/// <summary>
/// Degraded mode on a real PostgreSQL hot standby: the counter still finds residents and shows their record under the
/// Japanese banner, and a notification is refused at once with the clear 503 message; nothing waits.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class HotStandbyDegradedModeTests(HotStandbyDeployment deployment) : IClassFixture<HotStandbyDeployment>
{
    private const string Otsuchi = "034614";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_and_resident_detail_are_served_from_the_standby_with_the_degraded_banner()
    {
        using var browser = new StaffBrowser(deployment.Host);
        await browser.SignInAsync(Otsuchi, "clerk", "clerk-034614-demo");

        var search = await browser.PageAsync("/residents?name=" + Uri.EscapeDataString("訓練"));
        var detail = await browser.PageAsync($"/residents/{deployment.ResidentId}");

        Assert.Contains("縮退運転中です。", StaffBrowser.TextOf(search, "degraded-banner"), StringComparison.Ordinal);
        Assert.Contains(deployment.ResidentId.ToString(), search, StringComparison.Ordinal);
        Assert.Contains("縮退運転中です。", StaffBrowser.TextOf(detail, "degraded-banner"), StringComparison.Ordinal);
        Assert.Contains("花子", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_in_through_the_api_is_refused_at_once_with_503_problem_json()
    {
        using var client = deployment.Host.CreateClient();
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsync("/api/v1/notifications/move-in", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("縮退運転中", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_move_in_through_the_handler_is_refused_with_writes_unavailable_and_nothing_hangs()
    {
        var today = TokyoTime.Today(TimeProvider.System);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<WritesUnavailableException>(() => deployment.Host.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<MoveInHandler>().HandleAsync(DrillMoveIn.For(Otsuchi, today), "standby-refused-1", Ct)));

        Assert.Equal(WriteAvailability.ReadOnly, error.State);
        Assert.Contains("縮退運転中", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
