using Tsunagi.EndToEnd.Infrastructure;

namespace Tsunagi.EndToEnd.Account;

public sealed class AccessDeniedTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Clerk_opening_pages_that_need_a_permission_they_lack_sees_the_access_denied_page()
    {
        // The pages other roles have in their navigation and the clerk has not: each needs a permission the clerk lacks.
        var clerk = await Fixture.Crawler.CrawlAsync(DemoLogins.Clerk);
        var forbidden = new List<string>();
        foreach (var login in DemoLogins.EveryRole.Where(l => l != DemoLogins.Clerk))
        {
            var crawl = await Fixture.Crawler.CrawlAsync(login);
            forbidden.AddRange(crawl.NavigationLinks.Except(clerk.NavigationLinks, StringComparer.Ordinal));
        }

        Assert.NotEmpty(forbidden);
        var page = await OpenPageAsync(DemoLogins.Clerk);
        var wrong = new List<string>();
        foreach (var path in forbidden.Distinct(StringComparer.Ordinal))
        {
            var response = await page.GotoAsync(path);
            var heading = await page.EvaluateAsync<string?>("() => document.querySelector('h1')?.textContent ?? null");
            if (new Uri(page.Url).AbsolutePath != "/account/access-denied" || heading != "アクセス権限がありません")
            {
                wrong.Add($"{path}: landed on {new Uri(page.Url).PathAndQuery} (HTTP {response?.Status}) with heading '{heading}'");
            }
        }

        Assert.True(wrong.Count == 0, "The clerk did not get the access-denied page:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }
}
