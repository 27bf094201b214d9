using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseApi;
using Tsunagi.Counter.Features.CaseCertificates;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>Certificates from a case and its one payment under <c>/api/v1/counter/cases/{id}</c> (scope <c>counter.operate</c>).</summary>
public static class CasePaymentEndpoints
{
    private const string Tag = "総合窓口 / One-stop counter";

    public static IEndpointRouteBuilder MapCaseCertificatesAndPayment(this IEndpointRouteBuilder api)
    {
        var operate = new RequirePermissionAttribute(CounterPermissions.Operate);
        api.MapPost("/cases/{id:guid}/certificates", (Guid id, CaseCertificateInput input, HttpContext http, CaseCertificateHandler handler, CancellationToken ct) =>
                CaseApiProblems.RunAsync(http, key => handler.IssueAsync(id, input, key, ct), issued => TypedResults.Created($"/api/v1/counter/cases/{id}/payment", issued)))
            .RequireAuthorization(operate).WithName("IssueCounterCaseCertificate").WithTags(Tag)
            .WithSummary("受付から証明書を交付（住民票の写し、対象・請求者は受付から） / Issue a certificate from a case")
            .WithDescription("type: resident-copy-household, resident-copy-individual; copies 1〜10。対象は転入で登録した世帯または受付で照合した住民、請求者は受付の本人。証明書の規則（支援措置等）で断られたときは何も記録しません。Idempotency-Key の再送は同じ交付を返します。 / The subject is the household the case registered or the matched resident; the requester is the case's person. A refusal records nothing; a repeat with the same Idempotency-Key returns the same issuance.")
            .Produces<CaseCertificateIssuedView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/cases/{id:guid}/payment", async (Guid id, CasePaymentHandler handler, CancellationToken ct) =>
            {
                try
                {
                    return Results.Ok(await handler.BillAsync(id, ct));
                }
                catch (CaseNotFoundException)
                {
                    return CaseApiProblems.NotFound();
                }
            })
            .RequireAuthorization(operate).WithName("CounterCaseBill").WithTags(Tag)
            .WithSummary("受付のお会計（未収の証明書と合計、各課で収納する手数料） / The case's bill")
            .Produces<CaseBill>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{id:guid}/payment", (Guid id, CasePaymentInput input, HttpContext http, CasePaymentHandler handler, CancellationToken ct) =>
                CaseApiProblems.RunAsync(http, key => handler.PayAsync(id, input.Tendered, key, ct), paid => TypedResults.Created(paid.PdfHref, paid)))
            .RequireAuthorization(operate).WithName("PayCounterCase").WithTags(Tag)
            .WithSummary("お会計を確定（未収の証明書をまとめて1枚の領収書に） / Collect every unpaid fee of the case on one receipt")
            .WithDescription("預かり金（tendered）は合計以上。Idempotency-Key の再送は同じ領収書を返します。未収がなければ 422。 / Tendered must cover the total. A repeat with the same Idempotency-Key returns the same receipt; nothing unpaid → 422.")
            .Produces<CasePaymentResult>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}
