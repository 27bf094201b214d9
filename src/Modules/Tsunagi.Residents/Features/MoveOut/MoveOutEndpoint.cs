using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.MoveOut;

/// <summary><c>POST /api/v1/notifications/move-out</c>: the same handler as the counter's form.</summary>
public static class MoveOutEndpoint
{
    public static RouteHandlerBuilder MapMoveOut(this IEndpointRouteBuilder api) =>
        api.MapPost("/notifications/move-out", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("MoveOut")
            .WithTags("住民異動 / Notifications")
            .WithSummary("転出届 / Move-out notification")
            .WithDescription("世帯の全員または一部を転出予定日で消除し、転出証明書を発行します。各人の version が古いと 409 を返し何も書き込みません。 / Removes all or some members of a household on the planned day and issues a move-out certificate. A stale version answers 409 and writes nothing.")
            .Produces<MoveOutResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(MoveOutInput input, HttpContext http, MoveOutHandler handler, CancellationToken cancellationToken) =>
        NotificationEndpoint.HandleAsync(http, input, MoveOutParser.Parse, (command, key) => handler.HandleAsync(command, key, cancellationToken), result => TypedResults.Created($"/api/v1/move-out-certificates/{result.CertificateId}", result));
}
