using Tsunagi.Consortium.Data;
using Tsunagi.Consortium.Features.Onboarding;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Offboarding;

/// <summary>
/// Offboarding: the continuity export of the town is written and verified first; only then is the town deactivated
/// (its users refused). Nothing is deleted: the data stays for the retention period, after which a separate purge job
/// (not built) may remove it.
/// </summary>
public sealed class OffboardMunicipalityHandler(
    MemberLookup members,
    ITenantArchive archive,
    SettingsReader settings,
    UnitOfWork unitOfWork,
    ConsortiumDbContext module,
    AuditTrail audit,
    TimeProvider time)
{
    public const string Action = "municipality.deactivate";

    /// <summary>Null when the municipality is not this consortium's; throws <see cref="OffboardingRefusedException"/> with nothing changed.</summary>
    public async Task<OffboardedMunicipality?> HandleAsync(string code, string directory, CancellationToken cancellationToken = default)
    {
        var municipality = await members.FindAsync(code, cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        if (municipality.Status == MunicipalityStatus.Deactivated)
        {
            throw new OffboardingRefusedException("この団体はすでに利用を終了しています。 / The municipality is already deactivated.");
        }

        var written = await archive.ExportAndVerifyAsync(municipality.Code, directory, cancellationToken);
        var retention = await settings.GetForAsync(OffboardingSettings.Retention, municipality.Code, TokyoTime.Today(time), cancellationToken);
        await unitOfWork.RunAsync(module, async ct =>
        {
            var current = await members.FindAsync(municipality.Code, ct)
                ?? throw new OffboardingRefusedException("団体が見つかりません。 / The municipality is gone.");
            current.Deactivate(time.GetUtcNow());
            await audit.AppendAsync(new AuditEntry(Action, "municipality", current.Code), ct);
            return true;
        }, cancellationToken);
        return new OffboardedMunicipality(municipality.Code, written, TokyoTime.Today(time).AddYears(retention.Years));
    }
}
