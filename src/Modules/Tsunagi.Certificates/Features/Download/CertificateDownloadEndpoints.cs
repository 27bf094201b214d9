using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Certificates.Features.Download;

/// <summary><c>GET /api/v1/certificates/{id}</c> (metadata, no personal data) and <c>GET /api/v1/certificates/{id}/pdf</c>.</summary>
public static class CertificateDownloadEndpoints
{
    public const string PdfContentType = "application/pdf";

    public static IEndpointRouteBuilder MapCertificateDownload(this IEndpointRouteBuilder api)
    {
        api.MapGet("/certificates/{id:guid}", MetadataAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Issue))
            .WithName("GetCertificate")
            .WithTags("証明書 / Certificates")
            .WithSummary("交付した証明書の情報 / An issued certificate's metadata")
            .Produces<IssuanceMetadata>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/certificates/{id:guid}/pdf", PdfAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Issue))
            .WithName("GetCertificatePdf")
            .WithTags("証明書 / Certificates")
            .WithSummary("証明書の PDF / The certificate's PDF")
            .WithDescription("保存した記載内容から PDF を作り直します。取得はすべて監査記録に残ります。 / Renders the PDF again from the stored content; every download is audited.")
            .Produces(StatusCodes.Status200OK, contentType: PdfContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> MetadataAsync(Guid id, CertificateDownloads downloads, CancellationToken cancellationToken) =>
        await downloads.FindAsync(id, cancellationToken) is { } issuance ? TypedResults.Ok(IssuanceMetadata.Of(issuance)) : IssueProblems.NotFound();

    private static async Task<IResult> PdfAsync(Guid id, HttpContext http, CertificateDownloads downloads, CancellationToken cancellationToken)
    {
        byte[]? pdf;
        try
        {
            pdf = await downloads.PdfAsync(id, cancellationToken);
        }
        catch (IssueRefusedException ex)
        {
            return IssueProblems.Invalid(ex.Problems);
        }

        if (pdf is null)
        {
            return IssueProblems.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(pdf, PdfContentType, $"certificate-{id}.pdf");
    }
}
