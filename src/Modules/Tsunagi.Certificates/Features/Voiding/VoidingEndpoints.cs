using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>Void requests: ask (<c>certificates.issue</c>), list pending and decide (<c>certificates.void.approve</c>).</summary>
public static class VoidingEndpoints
{
    private const string Tag = "交付取消 / Voiding";

    public static IEndpointRouteBuilder MapVoiding(this IEndpointRouteBuilder api)
    {
        api.MapPost("/certificates/{id:guid}/void-requests", (Guid id, VoidReasonInput input, HttpContext http, VoidingHandler handler, CancellationToken ct) =>
                Run(http, key => handler.RequestAsync(id, input.Reason, key, ct), outcome => TypedResults.Created($"/api/v1/void-requests/{outcome.RequestId}", outcome)))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Issue))
            .WithName("RequestVoid").WithTags(Tag)
            .WithSummary("交付取消の依頼（理由必須） / Ask to void an issued certificate (reason required)")
            .Produces<VoidOutcome>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/void-requests", PendingAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.VoidApprove))
            .WithName("PendingVoids").WithTags(Tag)
            .WithSummary("承認待ちの交付取消 / Void requests waiting for a decision")
            .Produces<ApiPage<PendingVoid>>();
        api.MapPost("/void-requests/{id:guid}/approve", (Guid id, HttpContext http, VoidingHandler handler, CancellationToken ct) =>
                Run(http, key => handler.ApproveAsync(id, key, ct), TypedResults.Ok))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.VoidApprove))
            .WithName("ApproveVoid").WithTags(Tag)
            .WithSummary("交付取消の承認（依頼者以外） / Approve a void (not by its requester)")
            .Produces<VoidOutcome>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/void-requests/{id:guid}/reject", (Guid id, VoidReasonInput input, HttpContext http, VoidingHandler handler, CancellationToken ct) =>
                Run(http, key => handler.RejectAsync(id, input.Reason, key, ct), TypedResults.Ok))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.VoidApprove))
            .WithName("RejectVoid").WithTags(Tag)
            .WithSummary("交付取消の却下（理由必須） / Reject a void (reason required)")
            .Produces<VoidOutcome>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> PendingAsync(string? page, string? pageSize, VoidRequestQuery query, CancellationToken ct)
    {
        if (!ApiPaging.TryRead(page, pageSize, out var paging, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(await query.PendingAsync(paging.Page, paging.PageSize, ct));
    }

    private static async Task<IResult> Run(HttpContext http, Func<string?, Task<VoidOutcome>> handle, Func<VoidOutcome, IResult> success)
    {
        if (!CashProblems.TryReadKey(http, out var key, out var problem))
        {
            return problem!;
        }

        return await CashProblems.RunAsync(() => handle(key), success);
    }
}
