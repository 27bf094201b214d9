using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Features.Download;
using Tsunagi.Certificates.Features.Fees;
using Tsunagi.Certificates.Features.Reprint;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The services of issuing, downloading and reprinting certificates (one line in <see cref="CertificatesModule"/>).</summary>
internal static class IssuanceRegistration
{
    public static IServiceCollection AddIssuance(this IServiceCollection services)
    {
        services.AddSingleton<VerificationUrls>();
        services.AddScoped<FeeCalculator>();
        services.AddScoped<IssueSubjects>();
        services.AddScoped<IssuePreparation>();
        services.AddScoped<IssueCertificateHandler>();
        services.AddScoped<CertificateDownloads>();
        services.AddScoped<ReprintHandler>();
        services.AddScoped<IssuanceList.IssuanceListQuery>();
        return services;
    }
}
