using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.Relocation;

/// <summary><c>POST /api/v1/notifications/relocation</c>: the same handler as the counter's form.</summary>
public static class RelocationEndpoint
{
    public static RouteHandlerBuilder MapRelocation(this IEndpointRouteBuilder api) =>
        api.MapPost("/notifications/relocation", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("Relocation")
            .WithTags("住民異動 / Notifications")
            .WithSummary("転居届 / Relocation notification")
            .WithDescription("世帯全員の住所を町内の新しい住所に変更します。各人の version が古いと 409 を返し何も書き込みません。 / Moves the whole household to a new address in the municipality. A stale version answers 409 and writes nothing.")
            .Produces<RelocationResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(RelocationInput input, HttpContext http, RelocationHandler handler, CancellationToken cancellationToken) =>
        NotificationEndpoint.HandleAsync(http, input, RelocationParser.Parse, (command, key) => handler.HandleAsync(command, key, cancellationToken), TypedResults.Ok);
}
