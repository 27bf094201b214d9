namespace Tsunagi.Residents.Features.Search;

/// <summary>One page of matches, ordered by reading; <see cref="TotalCount"/> counts all pages.</summary>
public sealed record ResidentSearchResult(IReadOnlyList<ResidentSearchRow> Rows, int Page, int PageSize, long TotalCount)
{
    public int PageCount => (int)Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
