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
    public async Task Every_page_in_the_navigation_of_a_demo_role_has_no_serious_or_critical_axe_findings(string tenantId, string userName)
    {
        var crawl = await Fixture.Crawler.CrawlAsync(new DemoLogin(tenantId, userName));

        foreach (var page in crawl.Pages)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"scanned {page}");
        }

        Assert.Contains(crawl.Pages, p => p.Path == "/");
        var findings = crawl.Pages.SelectMany(p => p.AxeFindings).ToList();
        Assert.True(findings.Count == 0, "axe found serious or critical violations:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public async Task Login_access_denied_and_not_found_pages_have_no_serious_or_critical_axe_findings()
    {
        var findings = new List<string>();
        var anonymous = await OpenPageAsync();
        foreach (var path in new[] { LoginForm.Path, "/account/access-denied", "/not-found" })
        {
            await anonymous.GotoAsync(path);
            findings.AddRange(await Fixture.Accessibility.FindingsAsync(anonymous, $"anonymous {path}"));
        }

        // Signed in, the same pages carry the header and navigation; an unknown address gets the error page.
        var clerk = await OpenPageAsync(DemoLogins.Clerk);
        foreach (var path in new[] { "/account/access-denied", "/not-found", "/no-such-page" })
        {
            await clerk.GotoAsync(path);
            findings.AddRange(await Fixture.Accessibility.FindingsAsync(clerk, $"{DemoLogins.Clerk} {path}"));
        }

        Assert.True(findings.Count == 0, "axe found serious or critical violations:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }
}
