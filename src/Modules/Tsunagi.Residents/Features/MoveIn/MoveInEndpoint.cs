using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.MoveIn;

/// <summary><c>POST /api/v1/notifications/move-in</c>: the same handler as the counter's form.</summary>
public static class MoveInEndpoint
{
    public static RouteHandlerBuilder MapMoveIn(this IEndpointRouteBuilder api) =>
        api.MapPost("/notifications/move-in", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("MoveIn")
            .WithTags("住民異動 / Notifications")
            .WithSummary("転入届 / Move-in notification")
            .WithDescription("新しい世帯として転入者を登録します。Idempotency-Key ヘッダーを付けた再送は最初の結果を返し、何も書き込みません。 / Registers the persons moving in as a new household. A repeat with the same Idempotency-Key header returns the first result and writes nothing.")
            .Produces<MoveInResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(MoveInInput input, HttpContext http, MoveInHandler handler, CancellationToken cancellationToken) =>
        NotificationEndpoint.HandleAsync(http, input, MoveInParser.Parse, (command, key) => handler.HandleAsync(command, key, cancellationToken), result => TypedResults.Created($"/api/v1/households/{result.HouseholdId}", result));
}
