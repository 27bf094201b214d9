using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.Death;

/// <summary><c>POST /api/v1/notifications/death</c>: the same handler as the counter's form.</summary>
public static class DeathEndpoint
{
    public static RouteHandlerBuilder MapDeath(this IEndpointRouteBuilder api) =>
        api.MapPost("/notifications/death", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("Death")
            .WithTags("住民異動 / Notifications")
            .WithSummary("死亡届 / Death notification")
            .WithDescription("死亡した人を死亡日で消除します。世帯主が死亡し世帯員が残る場合は newHead が必要です。version が古いと 409 を返し何も書き込みません。 / Removes the deceased on the date of death; when the head died and others remain, newHead is required. A stale version answers 409 and writes nothing.")
            .Produces<DeathResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(DeathInput input, HttpContext http, DeathHandler handler, CancellationToken cancellationToken) =>
        NotificationEndpoint.HandleAsync(http, input, DeathParser.Parse, (command, key) => handler.HandleAsync(command, key, cancellationToken), TypedResults.Ok);
}
