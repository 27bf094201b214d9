using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Features.ExOfficioRequests;

namespace Tsunagi.Residents.Features.ExOfficioCorrection;

/// <summary><c>POST /api/v1/residents/{id}/ex-officio-corrections</c>: the same handler as the staff form.</summary>
public static class ExOfficioCorrectionEndpoint
{
    public static RouteHandlerBuilder MapExOfficioCorrection(this IEndpointRouteBuilder api) =>
        api.MapPost("/residents/{id:guid}/ex-officio-corrections", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.Write))
            .WithName("ExOfficioCorrection")
            .WithTags("職権修正・職権消除 / Ex-officio changes")
            .WithSummary("職権修正の依頼 / Request an ex-officio correction")
            .WithDescription("修正する項目（空の項目は変更しません）、異動日、理由（必須）、住民の version を送ります。住民記録は別の職員が承認したときに変更されます。version が古いと 409、他団体の住民は 404。Idempotency-Key ヘッダーを付けた再送は最初の結果を返します。 / Send the corrected items (empty items are unchanged), the date of change, the required reason and the resident's version. The register changes only when another staff member approves. A stale version answers 409, another municipality's resident 404. A repeat with the same Idempotency-Key returns the first result.")
            .Produces<ExOfficioRequestResult>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<IResult> HandleAsync(Guid id, ExOfficioCorrectionInput input, HttpContext http, ExOfficioCorrectionHandler handler, CancellationToken cancellationToken)
    {
        input.ResidentId = id;
        return ExOfficioRequestEndpoint.HandleAsync(
            http,
            reader => ExOfficioCorrectionParser.Parse(input, reader),
            (command, key) => handler.HandleAsync(command, key, cancellationToken));
    }
}
