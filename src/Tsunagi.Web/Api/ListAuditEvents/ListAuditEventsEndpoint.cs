using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Web.Api.Document;

namespace Tsunagi.Web.Api.ListAuditEvents;

/// <summary>
/// <c>GET /api/v1/audit-events?page=&amp;pageSize=</c>: the caller's own municipality's audit events, newest first.
/// The tenant query filter scopes the query; the read is itself recorded before anything is returned.
/// </summary>
public static class ListAuditEventsEndpoint
{
    public static RouteHandlerBuilder MapListAuditEvents(this IEndpointRouteBuilder api) =>
        api.MapGet("/audit-events", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.AuditRead))
            .WithName("ListAuditEvents")
            .WithTags("監査 / Audit")
            .WithSummary("監査ログの一覧 / List audit events")
            .WithDescription($"自団体の監査ログを新しい順に返します（pageSize は最大 {ApiPaging.MaxPageSize}）。この閲覧自体も監査ログに記録されます。 / The caller's own audit events, newest first (pageSize up to {ApiPaging.MaxPageSize}); the read itself is audited.")
            .Produces<ApiPage<AuditEventItem>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(PagingParameters.DescribeAsync);

    private static async Task<IResult> HandleAsync(string? page, string? pageSize, PlatformDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (!ApiPaging.TryRead(page, pageSize, out var paging, out var problem))
        {
            return problem;
        }

        await audit.RecordAsync(new AuditEntry("audit.read", "audit-events", $"page={paging.Page};pageSize={paging.PageSize}"), cancellationToken);

        var events = db.AuditEvents.AsNoTracking();
        var total = await events.LongCountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.Sequence).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ApiPage<AuditEventItem>([.. rows.Select(AuditEventItem.From)], paging.Page, paging.PageSize, total));
    }
}
