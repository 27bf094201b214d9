using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary><c>POST /api/v1/certificates</c>: the same handler as the counter's form.</summary>
public static class IssueCertificateEndpoint
{
    public static RouteHandlerBuilder MapIssueCertificate(this IEndpointRouteBuilder api) =>
        api.MapPost("/certificates", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Issue))
            .WithName("IssueCertificate")
            .WithTags("証明書 / Certificates")
            .WithSummary("証明書の交付 / Issue a certificate")
            .WithDescription("住民票の写し等を交付します（未収納）。type: resident-copy-household, resident-copy-individual, record-items, removed-record, move-out。requester.type: self, same-household, agent, third-party, official。Idempotency-Key ヘッダーを付けた再送は最初の交付を返し、何も書き込みません。 / Issues a certificate (fee not yet collected). A repeat with the same Idempotency-Key header returns the first issuance and writes nothing.")
            .Produces<IssueCertificateResult>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(IssueCertificateInput input, HttpContext http, IssueCertificateHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IssueProblems.TryReadKey(http, out var key, out var keyProblem))
        {
            return keyProblem!;
        }

        var problems = new List<IssueProblem>();
        var command = IssueCertificateParser.Parse(input, TokyoTime.Today(time), problems);
        if (command is null)
        {
            return IssueProblems.Invalid(problems);
        }

        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return await IssueProblems.RunAsync(
            () => handler.HandleAsync(command, key, baseUrl, cancellationToken),
            result => TypedResults.Created($"/api/v1/certificates/{result.Id}", result));
    }
}
