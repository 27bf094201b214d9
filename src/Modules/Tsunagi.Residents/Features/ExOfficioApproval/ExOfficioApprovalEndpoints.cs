using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Features.ExOfficioRequests;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>
/// <c>POST /api/v1/ex-officio-requests/{id}/approve</c> and <c>/reject</c>: the second person's decision. The actor
/// is the staff member or the API client itself (<c>ApiClient:&lt;client id&gt;</c>), so a client cannot approve
/// what it requested.
/// </summary>
public static class ExOfficioApprovalEndpoints
{
    public static IEndpointRouteBuilder MapExOfficioApproval(this IEndpointRouteBuilder api)
    {
        api.MapPost("/ex-officio-requests/{id:guid}/approve", ApproveAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.ExOfficioApprove))
            .WithName("ApproveExOfficioRequest")
            .WithTags("職権修正・職権消除 / Ex-officio changes")
            .WithSummary("職権修正・職権消除の承認 / Approve an ex-officio request")
            .WithDescription("依頼を承認し、住民記録に記録します（異動者は依頼者、承認者は呼び出し元）。依頼者本人、判断済みの依頼、依頼後に住民記録が変わった依頼は 422。他団体の依頼は 404。 / Approves the request and records the change (actor: who requested, approver: the caller). The requester itself, a decided request or one made stale by a later change answer 422; another municipality's request 404.")
            .Produces<ExOfficioDecision>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/ex-officio-requests/{id:guid}/reject", RejectAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.ExOfficioApprove))
            .WithName("RejectExOfficioRequest")
            .WithTags("職権修正・職権消除 / Ex-officio changes")
            .WithSummary("職権修正・職権消除の却下 / Reject an ex-officio request")
            .WithDescription("理由（必須）を付けて依頼を却下します。住民記録は変わりません。 / Rejects the request with a required reason; the register is not changed.")
            .Produces<ExOfficioDecision>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> ApproveAsync(Guid id, HttpContext http, ExOfficioApprovalHandler handler, CancellationToken cancellationToken)
    {
        if (!NotificationProblems.TryReadKey(http, out var key, out var keyProblem))
        {
            return keyProblem;
        }

        return await ExOfficioProblems.RunAsync(() => handler.ApproveAsync(id, key, cancellationToken), TypedResults.Ok, ExOfficioProblems.RequestNotFound);
    }

    private static async Task<IResult> RejectAsync(Guid id, ExOfficioRejectInput input, HttpContext http, ExOfficioApprovalHandler handler, CancellationToken cancellationToken)
    {
        if (!NotificationProblems.TryReadKey(http, out var key, out var keyProblem))
        {
            return keyProblem;
        }

        var reader = new InputReader();
        var reason = DecisionReason.Parse(input.Reason, reader);
        if (reason is null)
        {
            return NotificationProblems.Invalid(reader.Problems);
        }

        return await ExOfficioProblems.RunAsync(() => handler.RejectAsync(id, reason, key, cancellationToken), TypedResults.Ok, ExOfficioProblems.RequestNotFound);
    }
}
