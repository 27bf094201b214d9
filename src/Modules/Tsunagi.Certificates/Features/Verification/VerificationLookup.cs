using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.Verification;

/// <summary>
/// Finds an issued certificate by its verification code for anyone, without a login. The code's prefix names the
/// municipality; the lookup runs in that tenant's own scope, so the EF tenant filter and PostgreSQL RLS apply as for staff.
/// Unknown, malformed and other-municipality codes all answer null, so probing learns nothing from the difference.
/// </summary>
public sealed class VerificationLookup(IServiceProvider services, TenantDirectory directory, VerificationMetrics metrics)
{
    /// <summary>The municipality's display name (「岩手県大槌町」), or null when the code is not an active municipality tenant.</summary>
    public async Task<string?> MunicipalityNameAsync(string? municipalityCode, CancellationToken cancellationToken = default)
    {
        if (municipalityCode is not { Length: 6 } || !municipalityCode.All(char.IsAsciiDigit))
        {
            return null;
        }

        var tenant = await directory.FindAsync(municipalityCode, cancellationToken);
        return tenant is { Kind: TenantKind.Municipality } ? tenant.DisplayName : null;
    }

    /// <summary>The certificate <paramref name="input"/> names; with <paramref name="routeMunicipality"/>, only if the code belongs to it.</summary>
    public async Task<VerifiedCertificate?> FindAsync(string? input, string? routeMunicipality, CancellationToken cancellationToken = default)
    {
        var found = await LookUpAsync(input, routeMunicipality, cancellationToken);
        metrics.Counted(found);
        return found;
    }

    private async Task<VerifiedCertificate?> LookUpAsync(string? input, string? routeMunicipality, CancellationToken cancellationToken)
    {
        if (!VerificationCode.TryParse(input, out var code, out var municipalityCode)
            || (routeMunicipality is not null && !string.Equals(routeMunicipality, municipalityCode, StringComparison.Ordinal)))
        {
            return null;
        }

        var municipalityName = await MunicipalityNameAsync(municipalityCode, cancellationToken);
        if (municipalityName is null)
        {
            return null;
        }

        var issuance = await services.InTenantScopeAsync(municipalityCode, TenantKind.Municipality, sp =>
            sp.GetRequiredService<CertificatesDbContext>().Issuances.AsNoTracking()
                .Where(i => i.VerificationCode == code)
                .Select(i => new { i.Type, i.IssuedOn, i.Number, i.ContentHash, i.Status, i.VoidedAt })
                .FirstOrDefaultAsync(cancellationToken));
        if (issuance is null)
        {
            return null;
        }

        var revoked = issuance.Status == IssuanceStatus.Voided;
        DateOnly? revokedOn = revoked && issuance.VoidedAt is { } at ? DateOnly.FromDateTime(TokyoTime.ToTokyo(at).DateTime) : null;
        return new VerifiedCertificate(municipalityCode, municipalityName, issuance.Type, issuance.IssuedOn, issuance.Number, issuance.ContentHash, revoked, revokedOn);
    }
}
