namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// One page of matches, ordered by reading. <see cref="TotalCount"/> counts all pages, up to
/// <see cref="ResidentSearch.CountCap"/>: when more match, it is the cap and <see cref="TotalIsLowerBound"/> is true
/// (「1,000件以上」), and only the pages within the cap can be read.
/// </summary>
public sealed record ResidentSearchResult(IReadOnlyList<ResidentSearchRow> Rows, int Page, int PageSize, long TotalCount, bool TotalIsLowerBound = false)
{
    public int PageCount => (int)Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
