using Microsoft.Extensions.Configuration;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// The public page a certificate's QR code points at: <c>{Certificates:PublicBaseUrl}/m/{municipality}/verify/{code}</c>,
/// or the request's own base address when no public address is configured.
/// </summary>
public sealed class VerificationUrls(IConfiguration configuration)
{
    public string For(string municipalityCode, string code, string? requestBaseUrl)
    {
        var configured = configuration["Certificates:PublicBaseUrl"];
        var baseUrl = (string.IsNullOrWhiteSpace(configured) ? requestBaseUrl : configured) ?? string.Empty;
        return baseUrl.TrimEnd('/') + "/m/" + municipalityCode + "/verify/" + code;
    }
}
