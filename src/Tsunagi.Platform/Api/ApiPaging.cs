using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Api;

/// <summary>
/// The <c>page</c> and <c>pageSize</c> query parameters of list endpoints, read as text so a wrong value is
/// answered with a problem that names the parameter (full-width digits are accepted).
/// </summary>
public sealed record ApiPaging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    public static bool TryRead(string? page, string? pageSize, [NotNullWhen(true)] out ApiPaging? paging, [NotNullWhen(false)] out ApiProblemResult? problem)
    {
        paging = null;
        if (!TryParse(page, 1, out var pageNumber) || pageNumber < 1)
        {
            problem = new ApiProblemResult(StatusCodes.Status400BadRequest,
                $"page（ページ番号）は 1 以上の整数で指定してください（指定値: '{page}'）。", $"page must be an integer of 1 or more (got '{page}').");
            return false;
        }

        if (!TryParse(pageSize, DefaultPageSize, out var size) || size is < 1 or > MaxPageSize)
        {
            problem = new ApiProblemResult(StatusCodes.Status400BadRequest,
                $"pageSize（1 ページの件数）は 1〜{MaxPageSize} の整数で指定してください（指定値: '{pageSize}'）。", $"pageSize must be an integer from 1 to {MaxPageSize} (got '{pageSize}').");
            return false;
        }

        if ((long)(pageNumber - 1) * size > int.MaxValue)
        {
            problem = new ApiProblemResult(StatusCodes.Status400BadRequest,
                $"page（ページ番号）が大きすぎます（指定値: '{page}'）。", $"page is too large (got '{page}').");
            return false;
        }

        paging = new ApiPaging(pageNumber, size);
        problem = null;
        return true;
    }

    private static bool TryParse(string? text, int fallback, out int value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(JapaneseDigits.ToAscii(text.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
