using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary><c>POST /api/v1/notifications/household-change</c>: the same handler as the counter's form.</summary>
public static class HouseholdChangeEndpoint
{
    public static RouteHandlerBuilder MapHouseholdChange(this IEndpointRouteBuilder api) =>
        api.MapPost("/notifications/household-change", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("HouseholdChange")
            .WithTags("住民異動 / Notifications")
            .WithSummary("世帯変更届 / Household change notification")
            .WithDescription("kind = split（世帯分離）, merge（世帯合併）, head-change（世帯主変更）。各住民と世帯の Version を付けて送ります。古い Version は 409。Idempotency-Key ヘッダーを付けた再送は最初の結果を返します。 / kind = split, merge or head-change. Send the Version of each resident and household; an older one answers 409. A repeat with the same Idempotency-Key returns the first result.")
            .Produces<HouseholdChangeResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(HouseholdChangeInput input, HttpContext http, HouseholdChangeHandler handler, CancellationToken cancellationToken) =>
        NotificationEndpoint.HandleAsync(http, input, HouseholdChangeParser.Parse, (command, key) => handler.HandleAsync(command, key, cancellationToken), TypedResults.Ok);
}
