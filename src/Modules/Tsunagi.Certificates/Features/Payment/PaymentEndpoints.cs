using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary><c>POST /api/v1/receipts</c>, <c>GET /api/v1/receipts/{id}/pdf</c> and the page's <c>GET /certificates/receipts/{id}/pdf</c>.</summary>
public static class PaymentEndpoints
{
    public static IEndpointRouteBuilder MapPayment(this IEndpointRouteBuilder api)
    {
        api.MapPost("/receipts", PayAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Cash))
            .WithName("CollectFees")
            .WithTags("手数料 / Fees")
            .WithSummary("手数料の収納（領収書の作成） / Collect fees (make a receipt)")
            .WithDescription("同じ窓口の未収の交付をまとめて収納します。預かり金は合計以上。Idempotency-Key を付けた再送は最初の領収書を返します。 / Collects unpaid issuances of one counter; tendered must cover the total. A repeat with the same Idempotency-Key returns the first receipt.")
            .Produces<PaymentResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/receipts/{id:guid}/pdf", PdfAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Cash))
            .WithName("ReceiptPdf")
            .WithTags("手数料 / Fees")
            .WithSummary("領収書 PDF / Receipt PDF")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The page's link to the PDF (staff cookie).</summary>
    public static IEndpointRouteBuilder MapReceiptPdfPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/certificates/receipts/{id:guid}/pdf", PdfAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Cash))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> PayAsync(PaymentRequest request, HttpContext http, PaymentHandler handler, CancellationToken ct)
    {
        if (!CashProblems.TryReadKey(http, out var key, out var problem))
        {
            return problem!;
        }

        return await CashProblems.RunAsync(
            () => handler.PayAsync(PaymentCommand.From(request.IssuanceIds, request.Tendered), key, ct),
            result => TypedResults.Created($"/api/v1/receipts/{result.ReceiptId}", result));
    }

    private static Task<IResult> PdfAsync(Guid id, HttpContext http, ReceiptPdf pdf, CancellationToken ct) =>
        CashProblems.RunAsync(() => pdf.RenderAsync(id, ct), rendered =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(rendered.Pdf, "application/pdf", rendered.Number + ".pdf");
        });
}
