namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>One page of the navigation visited by a <see cref="RoleCrawl"/>: where it answered, with what, and what axe found there.</summary>
public sealed record CrawledPage(string Path, int? Status, string LandedOn, string? Heading, IReadOnlyList<string> AxeFindings)
{
    public override string ToString() => $"{Path}: HTTP {Status}, landed on {LandedOn} with heading '{Heading}'";
}
