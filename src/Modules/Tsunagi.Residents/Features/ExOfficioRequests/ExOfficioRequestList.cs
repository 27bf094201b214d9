namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>One page of requests, newest first; <see cref="TotalCount"/> counts all pages.</summary>
public sealed record ExOfficioRequestList(IReadOnlyList<ExOfficioRequestItem> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
