using Tsunagi.Consortium.Features.Offboarding;
using Tsunagi.Continuity.Export;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Hosting;

/// <summary>Offboarding's export: the Continuity module's tenant export, run in the town's scope, then verified from the files.</summary>
public sealed class ContinuityTenantArchive(IServiceProvider services) : ITenantArchive
{
    public async Task<TenantArchive> ExportAndVerifyAsync(string municipalityCode, string directory, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(directory);
        try
        {
            await services.InTenantScopeAsync(municipalityCode, TenantKind.Municipality, sp =>
                sp.GetRequiredService<TenantExporter>().ExportAsync(full, cancellationToken));
            var verified = await ExportVerification.VerifyAsync(full, cancellationToken);
            return new TenantArchive(full, verified.Files.Count, verified.Files.Sum(f => f.Rows));
        }
        catch (ExportRefusedException error)
        {
            throw new OffboardingRefusedException(error.Message, error);
        }
    }
}
