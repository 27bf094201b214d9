using Microsoft.Playwright;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>The shell's main navigation landmark (メインメニュー), whatever pages the modules have added to it.</summary>
public static class ShellNavigation
{
    public const string Name = "メインメニュー";

    /// <summary>Path and query of every same-site link in the navigation of the page, in order, without duplicates.</summary>
    public static async Task<IReadOnlyList<string>> LinksAsync(IPage page)
    {
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = Name, Exact = true });
        var hrefs = await navigation.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        return hrefs
            .Select(h => new Uri(h))
            .Where(u => u.GetLeftPart(UriPartial.Authority) == origin)
            .Select(u => u.PathAndQuery)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
