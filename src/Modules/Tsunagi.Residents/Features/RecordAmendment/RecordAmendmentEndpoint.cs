using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.RecordAmendment;

/// <summary><c>POST /api/v1/notifications/record-amendment</c>: the same handler as the counter's form.</summary>
public static class RecordAmendmentEndpoint
{
    public static RouteHandlerBuilder MapRecordAmendment(this IEndpointRouteBuilder api) =>
        api.MapPost("/notifications/record-amendment", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("RecordAmendment")
            .WithTags("住民異動 / Notifications")
            .WithSummary("記載事項変更届 / Amendment of recorded items")
            .WithDescription("氏名・フリガナ・旧氏・性別・本籍・筆頭者・外国人住民の項目のうち、変更する項目だけを送ります（空の項目は変更しません）。住民の Version を付けます。古い Version は 409。 / Send only the items that change (empty items are unchanged) with the resident's Version; an older one answers 409.")
            .Produces<RecordAmendmentResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(RecordAmendmentInput input, HttpContext http, RecordAmendmentHandler handler, CancellationToken cancellationToken) =>
        NotificationEndpoint.HandleAsync(http, input, RecordAmendmentParser.Parse, (command, key) => handler.HandleAsync(command, key, cancellationToken), TypedResults.Ok);
}
