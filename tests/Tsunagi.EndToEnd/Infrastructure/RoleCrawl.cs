namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>What one demo role reaches: the links of its navigation and each of those pages with what axe found on it.</summary>
public sealed record RoleCrawl(DemoLogin Login, IReadOnlyList<string> NavigationLinks, IReadOnlyList<CrawledPage> Pages);
