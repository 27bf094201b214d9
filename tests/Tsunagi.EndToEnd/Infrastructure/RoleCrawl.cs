namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>What one demo role reaches: the links of its navigation and every page visited with axe run on it.</summary>
public sealed record RoleCrawl(DemoLogin Login, IReadOnlyList<string> NavigationLinks, IReadOnlyList<CrawledPage> Pages);
