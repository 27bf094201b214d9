using Tsunagi.EndToEnd.Infrastructure;

namespace Tsunagi.EndToEnd.Navigation;

public sealed class NavigationTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("034614", "admin")]
    [InlineData("034614", "clerk")]
    [InlineData("034614", "auditor")]
    [InlineData("sanriku", "operator")]
    public async Task Every_link_in_the_navigation_of_a_demo_role_opens_a_page_that_role_may_see(string tenantId, string userName)
    {
        var crawl = await Fixture.Crawler.CrawlAsync(new DemoLogin(tenantId, userName));

        Assert.Contains("/", crawl.NavigationLinks);
        var broken = crawl.Pages.Where(p => p.Status != 200 || p.LandedOn != p.Path).ToList();
        Assert.True(broken.Count == 0, $"Links in the navigation of {crawl.Login} that do not open their page:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }
}
