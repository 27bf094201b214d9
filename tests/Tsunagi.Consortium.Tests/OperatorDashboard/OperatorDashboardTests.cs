using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.OperatorDashboard;

/// <summary>/operator and /operator/usage for the consortium's operator; refused to a town's administrator.</summary>
public sealed class OperatorDashboardTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Sanriku = "sanriku";
    private const string Otsuchi = "034614";
    private const string Fudai = "034851";
    private const string Noda = "035033";
    private readonly AuditTestLogin _login = new(factory);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_operator_sees_each_member_with_its_state_joined_date_and_this_month_s_usage_and_the_health()
    {
        await RecordAsync(Otsuchi, UsageMetric.Notifications, 5);
        await RecordAsync(Fudai, UsageMetric.Certificates, 7);
        await RecordAsync(Noda, UsageMetric.ApiCalls, 11);

        var page = await AuditTestLogin.GetPageAsync(await _login.AsAsync(Sanriku, "operator"), "/operator");

        var rows = page.QuerySelectorAll("[data-testid=operator-member]").Cast<IHtmlTableRowElement>().ToList();
        Assert.Equal([Otsuchi, Fudai, Noda], rows.Select(r => r.GetAttribute("data-code")));
        Assert.All(rows, r => Assert.Equal("利用中", r.QuerySelector("[data-testid=member-status]")!.TextContent));
        Assert.All(rows, r => Assert.Equal("2026/11/23", r.Cells[3].TextContent));
        Assert.Equal("5", Figure(rows[0], UsageMetric.Notifications));
        Assert.Equal("7", Figure(rows[1], UsageMetric.Certificates));
        Assert.Equal("11", Figure(rows[2], UsageMetric.ApiCalls));
        Assert.Equal("0", Figure(rows[2], UsageMetric.Notifications));
        Assert.Contains("接続できます", page.QuerySelector("[data-testid=health-database]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("組込み版のため待機系はありません", page.QuerySelector("[data-testid=health-standby]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("まだ検証していません", page.QuerySelector("[data-testid=health-verification]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=operator-cost-sharing] a[href='/operator/cost-sharing']"));
    }

    [Fact]
    public async Task The_dashboard_shows_each_member_s_share_standalone_estimate_and_saving_of_this_fiscal_year_as_the_cost_sharing_page_does()
    {
        var client = await _login.AsAsync(Sanriku, "operator");

        var page = await AuditTestLogin.GetPageAsync(client, "/operator");
        var costPage = await AuditTestLogin.GetPageAsync(client, "/operator/cost-sharing?year=2026");

        var section = page.QuerySelector("[data-testid=operator-cost-sharing]")!;
        Assert.Contains("令和8年度", section.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var rows = section.QuerySelectorAll("[data-testid=operator-cost-member]").Cast<IHtmlTableRowElement>().ToList();
        Assert.Equal([Otsuchi, Fudai, Noda], rows.Select(r => r.GetAttribute("data-code")!).Order(StringComparer.Ordinal));
        var otsuchi = rows.Single(r => r.GetAttribute("data-code") == Otsuchi);
        Assert.Equal("58,205,251円", otsuchi.QuerySelector("[data-testid=cost-share]")!.TextContent);
        var share = long.Parse(otsuchi.QuerySelector("[data-testid=cost-share]")!.TextContent.TrimEnd('円').Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var standalone = long.Parse(otsuchi.QuerySelector("[data-testid=cost-standalone]")!.TextContent.TrimEnd('円').Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((standalone - share).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + "円", otsuchi.QuerySelector("[data-testid=cost-saving-yen]")!.TextContent);
        Assert.Equal("107,787,500円", section.QuerySelector("[data-testid=cost-total]")!.TextContent);
        Assert.Equal(costPage.QuerySelector("[data-testid=average-saving]")!.TextContent, section.QuerySelector("[data-testid=cost-average-saving]")!.TextContent);
        Assert.Equal("14.7%", section.QuerySelector("[data-testid=cost-average-saving]")!.TextContent);
        Assert.NotNull(section.QuerySelector("a[href='/operator/cost-sharing']"));
    }

    [Fact]
    public async Task A_town_administrator_is_refused_the_operator_screens_and_the_usage_csv()
    {
        var admin = await _login.AsAsync(Otsuchi, "admin");

        foreach (var path in new[] { "/operator", "/operator/usage", "/operator/usage.csv" })
        {
            using var response = await admin.GetAsync(path, Cancellation);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, path + " " + response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_usage_page_shows_the_month_per_member_and_a_member_s_days_and_the_csv_has_a_bom()
    {
        await RecordAsync(Fudai, UsageMetric.Notifications, 2);
        var client = await _login.AsAsync(Sanriku, "operator");

        var month = await AuditTestLogin.GetPageAsync(client, "/operator/usage?month=2026-11");
        var days = await AuditTestLogin.GetPageAsync(client, "/operator/usage?month=2026-11&code=" + Fudai);
        using var csv = await client.GetAsync("/operator/usage.csv?month=2026-11", Cancellation);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Cancellation);

        var fudai = month.QuerySelectorAll("[data-testid=usage-member]").Cast<IHtmlTableRowElement>().Single(r => r.GetAttribute("data-code") == Fudai);
        Assert.True(long.Parse(Figure(fudai, UsageMetric.Notifications), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        var today = days.QuerySelectorAll("[data-testid=usage-day]").Cast<IHtmlTableRowElement>().Single(r => r.GetAttribute("data-day") == "2026-11-23");
        Assert.Equal(Figure(fudai, UsageMetric.Notifications), Figure(today, UsageMetric.Notifications));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("団体コード,団体名,年月,届出・職権処理", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("034851,岩手県普代村,2026-11,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_municipality_of_another_consortium_or_a_bad_month_is_not_shown()
    {
        var client = await _login.AsAsync(Sanriku, "operator");

        using var other = await client.GetAsync("/operator/usage?month=2026-11&code=032026", Cancellation);
        using var otherCsv = await client.GetAsync("/operator/usage.csv?month=2026-11&code=032026", Cancellation);
        var badMonth = await AuditTestLogin.GetPageAsync(client, "/operator/usage?month=2026-13");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCsv.StatusCode);
        Assert.Equal("年月：「2026-11」の形で指定してください。", badMonth.QuerySelector("[data-testid=month-error]")!.TextContent);
    }

    private static string Figure(IHtmlTableRowElement row, UsageMetric metric) =>
        row.QuerySelector($"td[data-metric={metric}]")!.TextContent;

    private async Task RecordAsync(string town, UsageMetric metric, long amount)
    {
        await factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
        {
            sp.GetRequiredService<IUsageMeter>().Record(metric, amount);
            return Task.FromResult(0);
        });
        await factory.Services.GetRequiredService<UsageFlusher>().FlushAsync(Cancellation);
    }
}
