using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Api;

namespace Tsunagi.Certificates.Features.Verification;

/// <summary><c>GET /api/v1/verify/{code}</c> without a login: confirms an issued certificate, with no personal data.</summary>
public static class VerificationEndpoint
{
    public static IEndpointRouteBuilder MapVerification(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/verify/{code}", GetAsync)
            .AllowAnonymous()
            .RequireRateLimiting(VerificationRateLimit.PolicyName)
            .WithName("VerifyCertificate")
            .WithTags("証明書の検証 / Certificate verification")
            .WithSummary("証明書の検証 / Verify an issued certificate")
            .WithDescription(
                "ログイン不要。証明書に印字された検証コード（例 034614-7KQ2-M9XD-3VTA-HP0C-W4RZ。小文字・全角・ハイフンなしも可）から、発行団体、証明書の種類、"
                + "交付日、証明書番号、内容のハッシュ（SHA-256）と有効（valid）・取消（revoked）を返します。個人情報は返しません。"
                + "不明なコードと形式の誤ったコードは同じ 404 になります。接続元ごとに回数制限があり、超えると 429 と Retry-After を返します。 / "
                + "No login. From the verification code printed on a certificate (lower case, full-width and missing hyphens accepted), returns the "
                + "issuing municipality, document type, issue date, certificate number, content hash (SHA-256) and valid or revoked; never personal data. "
                + "Unknown and malformed codes get the same 404. Rate limited per client address (429 with Retry-After).")
            .Produces<VerificationResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(string code, VerificationLookup lookup, CancellationToken cancellationToken) =>
        await lookup.FindAsync(code, routeMunicipality: null, cancellationToken) is { } certificate
            ? TypedResults.Ok(VerificationResponse.From(certificate))
            : new ApiProblemResult(StatusCodes.Status404NotFound, "該当する証明書は見つかりません。", "No certificate matches this code.");
}
