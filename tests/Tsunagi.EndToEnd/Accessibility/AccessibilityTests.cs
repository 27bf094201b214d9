using Tsunagi.EndToEnd.Infrastructure;

namespace Tsunagi.EndToEnd.Accessibility;

/// <summary>JIS X 8341-3 AA target: axe finds nothing serious or critical on any page reachable in the demo.</summary>
public sealed class AccessibilityTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("034614", "admin")]
    [InlineData("034614", "clerk")]
    [InlineData("034614", "auditor")]
    [InlineData("sanriku", "operator")]
    public async Task Every_page_a_demo_role_can_reach_has_no_serious_or_critical_axe_findings(string tenantId, string userName)
    {
        var crawl = await Fixture.Crawler.CrawlAsync(new DemoLogin(tenantId, userName));

        foreach (var page in crawl.Pages)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"scanned {page}");
        }

        Assert.True(crawl.Pages.Count > SiteCrawler.PagesOutsideNavigation.Count, $"The crawl as {crawl.Login} found no page in the navigation.");
        var findings = crawl.Pages.SelectMany(p => p.AxeFindings).ToList();
        Assert.True(findings.Count == 0, "axe found serious or critical violations:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public async Task Pages_seen_before_signing_in_have_no_serious_or_critical_axe_findings()
    {
        var page = await OpenPageAsync();
        var findings = new List<string>();

        await LoginForm.OpenAsync(page);
        findings.AddRange(await Fixture.Accessibility.FindingsAsync(page, "login"));

        foreach (var path in new[] { "/account/access-denied", "/not-found" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await Fixture.Accessibility.FindingsAsync(page, $"anonymous {path}"));
        }

        Assert.True(findings.Count == 0, "axe found serious or critical violations:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }
}
