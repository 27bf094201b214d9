using System.Net;
using System.Text;
using Tsunagi.Testing;
using UglyToad.PdfPig;

namespace Tsunagi.Consortium.Tests.CostSharing;

public sealed class CostSharingPagesTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_operator_sees_the_demo_shares_with_charts_and_the_statements_state_the_same_amounts()
    {
        using var browser = await OperatorAsync();

        var page = await browser.PageAsync("/operator/cost-sharing?year=2026");
        using var csv = await browser.GetAsync("/operator/cost-sharing/statements/2026/all.csv");
        using var pdf = await browser.GetAsync("/operator/cost-sharing/statements/2026/034614.pdf");
        using var month = await browser.GetAsync("/operator/cost-sharing/statements/2026/034614.csv?month=11");

        Assert.Equal("14.7%", StaffBrowser.TextOf(page, "average-saving"));
        Assert.Equal("107,787,500円", StaffBrowser.TextOf(page, "total"));
        Assert.Contains("data-testid=\"chart-shares\"", page, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\"", page, StringComparison.Ordinal);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var years = rows.Where(r => r[1] == "年額").ToList();
        Assert.Equal(3, years.Count);
        Assert.Equal(107_787_500, years.Sum(r => long.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(107_787_500, rows.Where(r => r[1] != "年額").Sum(r => long.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture)));
        var otsuchi = years.Single(r => r[2] == "034614");
        Assert.Equal("58205251", otsuchi[7]);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Cancellation));
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("負担金明細書（年額）", text, StringComparison.Ordinal);
        Assert.Contains("令和8年度", text, StringComparison.Ordinal);
        Assert.Contains("合計　58,205,251円", text, StringComparison.Ordinal);
        Assert.Contains("三陸沿岸自治体クラウド協議会（デモ）", text, StringComparison.Ordinal);
        var november = Encoding.UTF8.GetString((await month.Content.ReadAsByteArrayAsync(Cancellation))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, november.Length);
        Assert.StartsWith("令和8年度,2026-11,034614,岩手県大槌町,", november[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulation_of_a_fourth_town_joining_shows_22_5_percent_and_changes_nothing()
    {
        using var browser = await OperatorAsync();

        var simulated = await browser.PageAsync("/operator/cost-sharing/simulation?year=2026&join=034843");
        var after = await browser.PageAsync("/operator/cost-sharing?year=2026");

        Assert.Equal("14.7%", StaffBrowser.TextOf(simulated, "saving-before"));
        Assert.Contains(">22.5%</span>", simulated, StringComparison.Ordinal);
        Assert.Contains("data-code=\"034843\"", simulated, StringComparison.Ordinal);
        Assert.Equal("14.7%", StaffBrowser.TextOf(after, "average-saving"));
    }

    [Fact]
    public async Task Weights_not_summing_to_100_are_refused_with_the_field_named_and_nothing_saved()
    {
        using var browser = await OperatorAsync();

        using var response = await browser.SubmitAsync("/operator/cost-sharing/model?year=2026", "cost-model",
            ("Input.Step", "confirm"), ("Input.Token", "form-weights"), ("Input.FiscalYear", "2026"), ("Input.PlatformFixed", "１，０００"),
            ("Input.DataCentreFixed", "0"), ("Input.PerMember", "0"), ("Input.PerStoredResident", "0"), ("Input.PerNotification", "0"),
            ("Input.PerCertificate", "0"), ("Input.PerApiCall", "0"), ("Input.EqualPercent", "30"), ("Input.PopulationPercent", "50"),
            ("Input.UsagePercent", "30"), ("Input.UsageNotification", "10"), ("Input.UsageCertificate", "10"), ("Input.UsageApiCall", "1"),
            ("Input.StandaloneSystem", "0"));
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("配分割合：均等割・人口割・利用割の合計を100%にしてください（現在110%）。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"confirmation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Town_staff_are_refused_the_pages_and_the_statements()
    {
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, "admin", $"admin-{StaffFixtures.Otsuchi}-demo");

        using var page = await browser.GetAsync("/operator/cost-sharing");
        using var simulation = await browser.GetAsync("/operator/cost-sharing/simulation");
        using var statement = await browser.GetAsync("/operator/cost-sharing/statements/2026/all.csv");

        Assert.StartsWith("/account/access-denied", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/account/access-denied", simulation.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, statement.StatusCode);
    }

    private async Task<StaffBrowser> OperatorAsync()
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync("sanriku", "operator", "operator-sanriku-demo");
        return browser;
    }
}
