using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Certificates.Features.Download;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Certificates.Features.Reprint;

/// <summary><c>POST /api/v1/certificates/{id}/reprint</c>: counts the reprint and answers the PDF marked 再交付.</summary>
public static class ReprintEndpoint
{
    public static RouteHandlerBuilder MapReprint(this IEndpointRouteBuilder api) =>
        api.MapPost("/certificates/{id:guid}/reprint", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Issue))
            .WithName("ReprintCertificate")
            .WithTags("証明書 / Certificates")
            .WithSummary("証明書の再印刷 / Reprint a certificate")
            .WithDescription("同じ記載内容を「再交付」と表示して印刷します。再印刷の回数と取得は監査記録に残ります。 / Prints the same content marked as a reprint; the reprint and the download are audited.")
            .Produces(StatusCodes.Status200OK, contentType: CertificateDownloadEndpoints.PdfContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(Guid id, HttpContext http, ReprintHandler handler, CertificateDownloads downloads, CancellationToken cancellationToken)
    {
        // Drawn first: a copy that can no longer be printed as issued (個人番号 removed) is refused before the reprint counts.
        byte[]? pdf;
        try
        {
            pdf = await downloads.PdfAsync(id, markAsReprint: true, cancellationToken);
            if (pdf is null || await handler.HandleAsync(id, cancellationToken) is null)
            {
                return IssueProblems.NotFound();
            }
        }
        catch (IssueRefusedException ex)
        {
            return IssueProblems.Invalid(ex.Problems);
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(pdf, CertificateDownloadEndpoints.PdfContentType, $"certificate-{id}-reprint.pdf");
    }
}
