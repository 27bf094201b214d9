namespace Tsunagi.Platform.Api;

/// <summary>The envelope of every list endpoint: one page of items and the total across all pages.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);
