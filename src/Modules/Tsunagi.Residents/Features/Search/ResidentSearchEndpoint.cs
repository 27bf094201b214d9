using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.Search;

/// <summary><c>GET /api/v1/residents</c>: the counter's search for systems, paged, audited without its terms.</summary>
public static class ResidentSearchEndpoint
{
    public static RouteHandlerBuilder MapResidentSearch(this IEndpointRouteBuilder api) =>
        api.MapGet("/residents", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Read))
            .WithName("SearchResidents")
            .WithTags("住民記録 / Residents")
            .WithSummary("住民検索 / Search residents")
            .WithDescription(
                "氏名（漢字・カナ。「氏 名」で氏・名それぞれ前方一致。ひらがな・カタカナ、全角・半角、旧字体は同一視）、生年月日（西暦・和暦）、住所（前方一致）、住民票コードで検索し、フリガナ順に返します。"
                + $"除票は includeRemoved=true かつ residents.removed.read を持つ場合のみ含みます。pageSize は最大 {ApiPaging.MaxPageSize}。個人番号は返しません。 / "
                + "Searches by name (kanji or kana; \"family given\" matches each from the start; kana width, hiragana/katakana and old character forms are equal), date of birth (Western or Japanese era), address prefix or resident record code, ordered by reading. "
                + $"件数は {ResidentSearch.CountCap:N0} 件まで数えます。それを超えると totalCount は {ResidentSearch.CountCap:N0}、totalIsLowerBound は true（「{ResidentSearch.CountCap:N0}件以上」）で、読めるのは先頭 {ResidentSearch.CountCap:N0} 件のページまでです（それより後のページは 400）。条件を絞り込んでください。 / "
                + "Removed records only with includeRemoved=true and residents.removed.read. Never returns individual numbers. "
                + $"Matches are counted up to {ResidentSearch.CountCap:N0}: beyond that totalCount is {ResidentSearch.CountCap:N0} and totalIsLowerBound is true, "
                + $"and only pages within the first {ResidentSearch.CountCap:N0} matches can be read (a later page is 400); narrow the search.")
            .Produces<ApiPage<ResidentSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string? name, string? dateOfBirth, string? address, string? residentRecordCode, bool? includeRemoved, string? page, string? pageSize,
        ResidentSearch search, CancellationToken cancellationToken)
    {
        if (!ApiPaging.TryRead(page, pageSize, out var paging, out var problem))
        {
            return problem;
        }

        if (paging.Skip >= ResidentSearch.CountCap)
        {
            return new ApiProblemResult(StatusCodes.Status400BadRequest,
                $"page（ページ番号）は検索結果の先頭 {ResidentSearch.CountCap:N0} 件の範囲で指定してください。条件を絞り込んでください（指定値: '{page}'）。",
                $"page must lie within the first {ResidentSearch.CountCap:N0} matches; narrow the search (got '{page}').");
        }

        var reader = new InputReader();
        var input = new ResidentSearchInput { Name = name, DateOfBirth = dateOfBirth, Address = address, ResidentRecordCode = residentRecordCode, IncludeRemoved = includeRemoved == true };
        var criteria = ResidentSearchParser.Parse(input, reader);
        if (criteria is null)
        {
            return NotificationProblems.Invalid(reader.Problems);
        }

        if (criteria.IsEmpty)
        {
            return RegisterProblems.NoCriteria();
        }

        var result = await search.SearchAsync(criteria, paging.Page, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new ApiPage<ResidentSummary>([.. result.Rows.Select(ResidentSummary.From)], result.Page, result.PageSize, result.TotalCount, result.TotalIsLowerBound));
    }
}
