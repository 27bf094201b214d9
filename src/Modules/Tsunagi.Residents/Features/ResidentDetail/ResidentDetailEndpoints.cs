using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Viewing;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary><c>GET /api/v1/residents/{id}</c> and <c>/history</c>: audited reads; another town's id is 404; a protected person needs <c>purpose</c>.</summary>
public static class ResidentDetailEndpoints
{
    private const string PurposeDescription =
        " 支援措置の対象者には purpose（counter-identity, notification, certificate, investigation, tax-and-benefits, other）と、other の場合 purposeNote が必要です。 / "
        + "For a person under a support measure give purpose (one of those codes) and, for other, purposeNote.";

    public static IEndpointRouteBuilder MapResidentDetail(this IEndpointRouteBuilder api)
    {
        api.MapGet("/residents/{id:guid}", GetAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Read))
            .WithName("GetResident")
            .WithTags("住民記録 / Residents")
            .WithSummary("住民記録 / A resident's record")
            .WithDescription("現在の記録、または asOf（西暦・和暦）時点の記録を異動履歴から返します。個人番号は返しません。 / The current record, or the record as of asOf derived from the history. Never returns the individual number." + PurposeDescription)
            .Produces<ResidentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/residents/{id:guid}/history", GetHistoryAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Read))
            .WithName("GetResidentHistory")
            .WithTags("住民記録 / Residents")
            .WithSummary("異動履歴 / A resident's history")
            .WithDescription("すべての異動を新しい順に返します（届出期間経過の有無を含む）。 / Every change, newest first, with the late-notification flag." + PurposeDescription)
            .Produces<IReadOnlyList<HistoryItem>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> GetAsync(Guid id, string? asOf, string? purpose, string? purposeNote, ResidentDetails details, CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!JapaneseEraDate.TryParse(asOf, out var parsed, out _))
            {
                return NotificationProblems.Invalid([new FieldProblem("asOf", "Detail.AsOf", "Problem.InvalidDate")]);
            }

            day = parsed;
        }

        return await OpenAsync(id, day, purpose, purposeNote, details, view => TypedResults.Ok(ResidentResponse.From(view)), cancellationToken);
    }

    private static Task<IResult> GetHistoryAsync(Guid id, string? purpose, string? purposeNote, ResidentDetails details, CancellationToken cancellationToken) =>
        OpenAsync(id, null, purpose, purposeNote, details, view => TypedResults.Ok(view.History.Select(HistoryItem.From).ToList()), cancellationToken);

    private static async Task<IResult> OpenAsync(
        Guid id, DateOnly? asOf, string? purposeCode, string? purposeNote, ResidentDetails details, Func<ResidentView, IResult> success, CancellationToken cancellationToken)
    {
        string? purpose = null;
        if (!string.IsNullOrWhiteSpace(purposeCode))
        {
            purpose = ViewPurpose.Parse(purposeCode, purposeNote, out var problem);
            if (problem is not null)
            {
                return NotificationProblems.Invalid([problem]);
            }
        }

        var lookup = await details.OpenAsync(id, asOf, purpose, cancellationToken);
        return lookup switch
        {
            null => RegisterProblems.ResidentNotFound(),
            { PurposeRequired: true } => RegisterProblems.PurposeRequired(),
            { View: { } view } => success(view),
            _ => RegisterProblems.ResidentNotFound(),
        };
    }
}
