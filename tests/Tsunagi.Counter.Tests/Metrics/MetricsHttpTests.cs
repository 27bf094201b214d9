using System.Net;
using System.Text;
using System.Text.Json;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Metrics.MetricsFixtures;

namespace Tsunagi.Counter.Tests.Metrics;

/// <summary>The API, page and CSV over cases stored in October 2026 (大槌町) and one in 野田村 that must not count.</summary>
public sealed class MetricsHttpTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>, IAsyncLifetime
{
    private const string October = "from=2026-10-01&to=2026-10-31";
    private static readonly DateOnly Day = new(2026, 10, 14);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (await AlreadySeededAsync())
        {
            return;
        }

        await AddCaseAsync(factory, StaffFixtures.Otsuchi, Day, LifeEvent.MoveIn, CaseState.Closed, 10, 40, ("町民課", 30, 20), ("保険年金課", 15, 25));
        await AddCaseAsync(factory, StaffFixtures.Otsuchi, Day, LifeEvent.MoveIn, CaseState.Closed, 20, 30, ("町民課", 30, 15));
        await AddCaseAsync(factory, StaffFixtures.Otsuchi, Day, LifeEvent.MoveIn, CaseState.InService, 30, null, ("町民課", 30, null));
        await AddCaseAsync(factory, StaffFixtures.Otsuchi, Day, LifeEvent.CertificatesOnly, CaseState.Closed, 5, 12, ("税務課", 10, 8));
        await AddCaseAsync(factory, StaffFixtures.Otsuchi, new DateOnly(2026, 9, 30), LifeEvent.Death, CaseState.Closed, 1, 2);
        await AddCaseAsync(factory, "035033", Day, LifeEvent.Death, CaseState.Closed, 1, 2, ("町民課", 1, null));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_api_gives_a_managers_client_the_counts_medians_and_p90_of_its_own_town()
    {
        using var api = await ApiClientAsync(factory, CounterPermissions.Manage);

        using var response = await api.GetAsync($"/api/v1/counter/metrics?{October}", Cancellation);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("cases").GetInt32());
        var moveIn = root.GetProperty("lifeEvents").EnumerateArray().Single(e => e.GetProperty("lifeEvent").GetString() == "move-in");
        Assert.Equal(3, moveIn.GetProperty("cases").GetInt32());
        Assert.Equal(20, moveIn.GetProperty("waiting").GetProperty("medianMinutes").GetDouble());
        Assert.Equal(30, moveIn.GetProperty("waiting").GetProperty("p90Minutes").GetDouble());
        Assert.Equal(10, moveIn.GetProperty("service").GetProperty("medianMinutes").GetDouble());
        Assert.Equal(0, root.GetProperty("lifeEvents").EnumerateArray().Single(e => e.GetProperty("lifeEvent").GetString() == "death").GetProperty("cases").GetInt32());
        var town = root.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("department").GetString() == "町民課");
        Assert.Equal((2, 0, 1), (town.GetProperty("done").GetInt32(), town.GetProperty("open").GetInt32(), town.GetProperty("overdue").GetInt32()));
    }

    [Fact]
    public async Task An_operating_client_without_the_managers_scope_is_refused()
    {
        using var api = await ApiClientAsync(factory, CounterPermissions.Operate);

        using var response = await api.GetAsync($"/api/v1/counter/metrics?{October}", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_reversed_period_is_refused_with_a_Japanese_message_naming_the_field()
    {
        using var api = await ApiClientAsync(factory, CounterPermissions.Manage);

        using var response = await api.GetAsync("/api/v1/counter/metrics?from=2026-10-31&to=2026-10-01", Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("期間（終了）：開始日より前の日付は指定できません。", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_is_UTF8_with_a_BOM_and_Japanese_headers_and_one_row_per_life_event_procedure_and_department()
    {
        using var browser = await SignedInAsync(factory, StandardRole.Administrator);

        using var response = await browser.GetAsync($"/counter/metrics.csv?{October}");
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("区分,コード,名称,担当課,件数,完了件数,取消件数,待ち時間・件数,待ち時間・中央値（分）,待ち時間・90パーセンタイル（分）", lines[0], StringComparison.Ordinal);
        Assert.Contains("ライフイベント,move-in,転入,,3,2,0,3,20.0,30.0,2,10.0,30.0,,,,,,", lines, StringComparer.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("担当課,,町民課,町民課,3,2,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("手続,test-保険年金課,保険年金課の手続,保険年金課,1,1,", StringComparison.Ordinal) && l.EndsWith(",1,100.0", StringComparison.Ordinal));
        Assert.Equal(1 + 1 + 9 + 3 + 3, lines.Length);
    }

    [Fact]
    public async Task A_manager_sees_the_charts_with_titles_and_the_tables_behind_them()
    {
        using var browser = await SignedInAsync(factory, StandardRole.Administrator);

        var html = await browser.PageAsync($"/counter/metrics?{October}&area=A");

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Equal("ライフイベント別の受付件数", StaffBrowser.TextOf(html, "chart-events-title", "id"));
        Assert.Contains("aria-labelledby=\"chart-departments-title chart-departments-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("町民課 完了2 未完了0 期限超過1", StaffBrowser.TextOf(html, "chart-departments-desc", "id"), StringComparison.Ordinal);
        Assert.Contains("20.0", StaffBrowser.TextOf(html, "metrics-event-move-in"), StringComparison.Ordinal);
        Assert.Contains("/counter/metrics.csv?from=2026-10-01&amp;to=2026-10-31&amp;area=A", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counter_clerk_without_the_managers_permission_gets_neither_the_page_nor_the_csv()
    {
        using var browser = await SignedInAsync(factory, StandardRole.CounterClerk);

        using var page = await browser.GetAsync("/counter/metrics");
        using var csv = await browser.GetAsync("/counter/metrics.csv");

        Assert.True(page.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, page.StatusCode.ToString());
        Assert.NotEqual("/counter/metrics", StaffBrowser.RedirectPath(page));
        Assert.True(csv.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, csv.StatusCode.ToString());
        Assert.DoesNotContain("区分", await csv.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    private async Task<bool> AlreadySeededAsync()
    {
        using var api = await ApiClientAsync(factory, CounterPermissions.Manage);
        using var response = await api.GetAsync($"/api/v1/counter/metrics?{October}", Cancellation);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        return json.RootElement.GetProperty("cases").GetInt32() > 0;
    }
}
