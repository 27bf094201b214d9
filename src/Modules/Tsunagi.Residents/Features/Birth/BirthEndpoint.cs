using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.Birth;

/// <summary><c>POST /api/v1/notifications/birth</c>: the same handler as the counter's form.</summary>
public static class BirthEndpoint
{
    public static RouteHandlerBuilder MapBirth(this IEndpointRouteBuilder api) =>
        api.MapPost("/notifications/birth", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("Birth")
            .WithTags("住民異動 / Notifications")
            .WithSummary("出生届 / Birth notification")
            .WithDescription("出生した子を既存の世帯に記載します（異動日＝生年月日）。世帯の householdVersion が古いと 409 を返し何も書き込みません。 / Enters a newborn child into an existing household (date of change = date of birth). A stale householdVersion answers 409 and writes nothing.")
            .Produces<BirthResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(BirthInput input, HttpContext http, BirthHandler handler, CancellationToken cancellationToken) =>
        NotificationEndpoint.HandleAsync(http, input, BirthParser.Parse, (command, key) => handler.HandleAsync(command, key, cancellationToken), result => TypedResults.Created($"/api/v1/residents/{result.ResidentId}", result));
}
