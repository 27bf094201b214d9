using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Certificates.Features.Download;
using Tsunagi.Certificates.Rendering;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// <c>GET /certificates/preview</c>: the 見本 of a request on the 確認画面, through the same checks as 交付, with 「見本」 in
/// place of the number and code; nothing is saved, and the read is audited as <c>certificates.previewed</c>.
/// </summary>
public static class IssuePreviewEndpoint
{
    public const string PreviewedAction = "certificates.previewed";
    private const string Sample = "見本";

    public static RouteHandlerBuilder MapIssuePreview(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(IssuePreviewQuery.Path, HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Issue))
            .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext http, IssuePreparation preparation, CertificateRenderer renderer, AuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = new List<IssueProblem>();
        var command = IssueCertificateParser.Parse(IssuePreviewQuery.Read(http.Request.Query), TokyoTime.Today(time), problems);
        if (command is null)
        {
            return IssueProblems.Invalid(problems);
        }

        return await IssueProblems.RunAsync(
            async () =>
            {
                var prepared = await preparation.PrepareAsync(command, cancellationToken);
                using var output = new MemoryStream();
                renderer.Render(IssuePreparation.ContentOf(prepared, Sample, Sample, string.Empty, new Dictionary<Guid, string>()), output);
                var subject = command.HouseholdId is { } household ? ("household", household) : ("resident", prepared.Subjects.Persons[0].ResidentId);
                await audit.RecordAsync(new AuditEntry(PreviewedAction, subject.Item1, subject.Item2.ToString(), AuditOutcome.Succeeded, IssueSubjects.Purpose), cancellationToken);
                return output.ToArray();
            },
            pdf =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.File(pdf, CertificateDownloadEndpoints.PdfContentType);
            });
    }
}
