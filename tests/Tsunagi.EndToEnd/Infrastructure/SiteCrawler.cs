using System.Collections.Concurrent;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>
/// Visits, as one demo role, every link of the shell's navigation (so pages added by any module are covered
/// without listing them here) and runs axe on each. Each role is crawled once per run; the navigation,
/// access and accessibility tests all assert on the same crawl.
/// </summary>
public sealed class SiteCrawler(EndToEndFixture fixture)
{
    private readonly ConcurrentDictionary<DemoLogin, Lazy<Task<RoleCrawl>>> _crawls = new();

    public Task<RoleCrawl> CrawlAsync(DemoLogin login) =>
        _crawls.GetOrAdd(login, l => new Lazy<Task<RoleCrawl>>(() => RunAsync(l))).Value;

    private async Task<RoleCrawl> RunAsync(DemoLogin login)
    {
        var context = await fixture.NewContextAsync(login);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            var links = await ShellNavigation.LinksAsync(page);
            var pages = new List<CrawledPage>();
            foreach (var path in links)
            {
                var response = await page.GotoAsync(path);
                var heading = await page.EvaluateAsync<string?>("() => document.querySelector('h1')?.textContent ?? null");
                var findings = await fixture.Accessibility.FindingsAsync(page, $"{login} {path}");
                pages.Add(new CrawledPage(path, response?.Status, new Uri(page.Url).PathAndQuery, heading?.Trim(), findings));
            }

            return new RoleCrawl(login, links, pages);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
