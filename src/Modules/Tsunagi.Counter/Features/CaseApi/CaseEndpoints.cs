using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseDetail;
using Tsunagi.Counter.Features.CaseList;
using Tsunagi.Counter.Features.CaseWork;
using Tsunagi.Counter.Features.Inbox;
using Tsunagi.Counter.Features.Reception;
using Tsunagi.Counter.Features.RegisterStep;
using Tsunagi.Counter.Features.StaffDepartments;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Features.CaseApi;

/// <summary>The cases under <c>/api/v1/counter</c> (scope <c>counter.operate</c>); every POST honours <c>Idempotency-Key</c>.</summary>
public static class CaseEndpoints
{
    private const string Tag = "総合窓口 / One-stop counter";

    private static readonly (string Path, CaseState To, string Summary)[] CaseMoves =
    [
        ("call", CaseState.Called, "呼出（呼出中へ） / Call the visitor"),
        ("requeue", CaseState.Received, "呼出に応答なし（受付済へ戻す） / Back to the queue"),
        ("serve", CaseState.InService, "対応開始（対応中へ） / Start serving"),
        ("await-payment", CaseState.AwaitingPayment, "会計待ちへ（全手続が完了・不要のとき） / To payment (every step finished)"),
        ("close", CaseState.Closed, "完了（全手続が完了・不要のとき） / Close (every step finished)"),
        ("cancel", CaseState.Cancelled, "取消 / Cancel"),
    ];

    public static IEndpointRouteBuilder MapCounterCases(this IEndpointRouteBuilder api)
    {
        var operate = new RequirePermissionAttribute(CounterPermissions.Operate);
        api.MapPost("/cases", (ReceptionInput input, HttpContext http, OpenCaseHandler handler, CancellationToken ct) =>
                CaseApiProblems.RunAsync(http, key => handler.OpenAsync(input, key, ct), opened => TypedResults.Created($"/api/v1/counter/cases/{opened.CaseId}", opened)))
            .RequireAuthorization(operate).WithName("OpenCounterCase").WithTags(Tag)
            .WithSummary("受付（ライフイベント・本人確認・事前申請・手続の提案） / Open a case")
            .WithDescription("受付番号（窓口・日ごと、例 A-012）を採番し、提案された手続ごとに工程を作ります。本人確認書類の番号は末尾4桁のみ保存します。 / Takes a reception number per area and day and creates one step per suggested procedure. Only the last 4 characters of the identity document number are kept.")
            .Produces<OpenedCase>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/cases", async (string? page, string? pageSize, bool? open, CaseListQuery query, CancellationToken ct) =>
                ApiPaging.TryRead(page, pageSize, out var paging, out var problem) ? Results.Ok(await query.ListAsync(open ?? false, paging.Page, paging.PageSize, ct)) : problem)
            .RequireAuthorization(operate).WithName("ListCounterCases").WithTags(Tag)
            .WithSummary("受付の一覧（新しい順、open=true で未完了のみ） / Cases, newest first").Produces<ApiPage<CaseSummary>>();
        api.MapGet("/cases/{id:guid}", async (Guid id, CaseQuery query, CancellationToken ct) =>
                await query.GetAsync(id, ct) is { } view ? Results.Ok(view) : CaseApiProblems.NotFound())
            .RequireAuthorization(operate).WithName("GetCounterCase").WithTags(Tag)
            .WithSummary("受付の詳細（工程と下書きを含む、閲覧は監査記録） / A case with its steps and draft (read audited)")
            .Produces<CaseView>().ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var (path, to, summary) in CaseMoves)
        {
            api.MapPost($"/cases/{{id:guid}}/{path}", (Guid id, CaseTransitionInput? input, HttpContext http, CaseWorkHandler handler, CancellationToken ct) =>
                    CaseApiProblems.RunAsync(http, key => handler.MoveCaseAsync(id, to, input?.Version, key, ct), TypedResults.Ok))
                .RequireAuthorization(operate).WithName("CounterCase-" + path).WithTags(Tag).WithSummary(summary)
                .Produces<CaseChanged>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }

        api.MapPost("/cases/{id:guid}/steps/{stepId:guid}/transitions", (Guid id, Guid stepId, StepTransitionInput input, HttpContext http, CaseWorkHandler handler, CancellationToken ct) =>
                CaseApiProblems.RunAsync(http, key => StepStateNames.Parse(input.State) is { } to
                    ? handler.MoveStepAsync(id, stepId, to, input.Reason, input.Version, key, ct)
                    : throw new CaseRuleException("state", "状態：accepted, in-progress, completed, not-needed, returned のいずれかを指定してください。", "State: one of accepted, in-progress, completed, not-needed, returned."), TypedResults.Ok))
            .RequireAuthorization(operate).WithName("MoveCounterCaseStep").WithTags(Tag)
            .WithSummary("工程の状態変更（不要・差戻しは理由必須） / Move a step (reason required for not-needed and returned)")
            .Produces<CaseChanged>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/cases/{id:guid}/steps/{stepId:guid}/move-in", (Guid id, Guid stepId, MoveInDraft draft, HttpContext http, MoveInStepHandler handler, CancellationToken ct) =>
                CaseApiProblems.RunAsync(http, _ => handler.ExecuteAsync(id, stepId, draft, ct), outcome => outcome.Problems.Count == 0 ? TypedResults.Ok(outcome) : CaseApiProblems.Invalid(outcome.Problems)))
            .RequireAuthorization(operate).WithName("ExecuteCounterMoveIn").WithTags(Tag)
            .WithSummary("転入届の工程を実行（住民記録へ登録し工程を完了） / Execute the move-in step (writes the register, completes the step)")
            .Produces<RegisterStepOutcome>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/areas/{area}/call-next", (string area, HttpContext http, CallNextHandler handler, CancellationToken ct) =>
                CaseApiProblems.RunAsync(http, key => handler.CallNextAsync(area, key, ct), called => called is null ? TypedResults.NoContent() : TypedResults.Ok(called)))
            .RequireAuthorization(operate).WithName("CallNextCounterCase").WithTags(Tag)
            .WithSummary("次の番号を呼出（待ちがなければ 204） / Call the next number (204 when nobody waits)")
            .Produces<CaseChanged>().Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/inbox", async (string? department, string? page, string? pageSize, InboxQuery query, StaffDepartmentStore departments, CancellationToken ct) =>
            {
                if (!ApiPaging.TryRead(page, pageSize, out var paging, out var problem))
                {
                    return problem;
                }

                if (!string.IsNullOrWhiteSpace(department))
                {
                    return Results.Ok(await query.ListAsync(department.Trim(), paging.Page, paging.PageSize, ct));
                }

                // Without a department: the caller's own departments (a staff member's assignment; an API client has none).
                var mine = await departments.MineAsync(ct);
                return mine.Count == 0
                    ? CaseApiProblems.Invalid([new CaseProblem("department", "担当課：指定してください（担当課が割り当てられていません）。", "Department: required (none is assigned to the caller).")])
                    : Results.Ok(await query.ListAsync(mine, paging.Page, paging.PageSize, ct));
            })
            .RequireAuthorization(operate).WithName("CounterInbox").WithTags(Tag)
            .WithSummary("担当課の受付箱（未完了の工程、古い順。担当課の指定がなければ呼出し元職員の担当課） / A department's inbox (unfinished steps, oldest first; without a department, the caller's departments)").Produces<ApiPage<InboxItem>>();
        return api;
    }
}
