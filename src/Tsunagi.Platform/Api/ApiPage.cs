namespace Tsunagi.Platform.Api;

/// <summary>
/// The envelope of every list endpoint: one page of items and the total across all pages. A list that stops
/// counting at a cap (resident search: 1,000) sets <see cref="TotalIsLowerBound"/>: at least <see cref="TotalCount"/>
/// items match, and only the pages within <see cref="TotalCount"/> can be read.
/// </summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount, bool TotalIsLowerBound = false);
