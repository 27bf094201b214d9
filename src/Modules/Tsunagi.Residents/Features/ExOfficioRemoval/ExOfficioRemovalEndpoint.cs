using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Features.ExOfficioCorrection;
using Tsunagi.Residents.Features.ExOfficioRequests;

namespace Tsunagi.Residents.Features.ExOfficioRemoval;

/// <summary><c>POST /api/v1/residents/{id}/ex-officio-removals</c>: the same handler as the staff form.</summary>
public static class ExOfficioRemovalEndpoint
{
    public static RouteHandlerBuilder MapExOfficioRemoval(this IEndpointRouteBuilder api) =>
        api.MapPost("/residents/{id:guid}/ex-officio-removals", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("ExOfficioRemoval")
            .WithTags("職権修正・職権消除 / Ex-officio changes")
            .WithSummary("職権消除の依頼 / Request an ex-officio removal")
            .WithDescription("異動日、理由（必須）、住民の version を送ります。別の職員が承認したときに除票になります。version が古いと 409、他団体の住民は 404。Idempotency-Key ヘッダーを付けた再送は最初の結果を返します。 / Send the date of change, the required reason and the resident's version; the person is removed when another staff member approves. A stale version answers 409, another municipality's resident 404. A repeat with the same Idempotency-Key returns the first result.")
            .Produces<ExOfficioRequestResult>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(Guid id, ExOfficioRemovalInput input, HttpContext http, ExOfficioRemovalHandler handler, CancellationToken cancellationToken)
    {
        input.ResidentId = id;
        return ExOfficioRequestEndpoint.HandleAsync(
            http,
            reader => ExOfficioRemovalParser.Parse(input, reader),
            (command, key) => handler.HandleAsync(command, key, cancellationToken));
    }
}
