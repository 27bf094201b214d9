using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary><c>GET /api/v1/ex-officio-requests?status=pending&amp;page=1</c>: the requests awaiting (or past) a decision.</summary>
public static class ExOfficioRequestsEndpoint
{
    public static RouteHandlerBuilder MapExOfficioRequests(this IEndpointRouteBuilder api) =>
        api.MapGet("/ex-officio-requests", ListAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("ExOfficioRequests")
            .WithTags("職権修正・職権消除 / Ex-officio changes")
            .WithSummary("職権修正・職権消除の依頼一覧 / Ex-officio requests")
            .WithDescription("status（pending・approved・rejected、既定は pending）の依頼を新しい順に 50 件ずつ返します。 / Requests of the given status (pending, approved or rejected; pending by default), newest first, 50 per page.")
            .Produces<ExOfficioRequestList>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ListAsync(string? status, int? page, ExOfficioRequestQuery query, CancellationToken cancellationToken)
    {
        if (ExOfficioStatuses.Parse(status) is not { } parsed)
        {
            return NotificationProblems.Invalid([new FieldProblem("status", "Field.RequestStatus", "Problem.UnknownRequestStatus")]);
        }

        return TypedResults.Ok(await query.ListAsync(parsed, page ?? 1, cancellationToken));
    }
}
