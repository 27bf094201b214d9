using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>
/// The page's view of the setting <c>certificates.print</c>: the value in force for the town and its pending change requests.
/// Saving does not change anything yet: it requests the change, which another administrator approves on /settings/requests.
/// </summary>
public sealed class CertificateSettingsHandler(SettingsReader reader, SettingChanges changes, SettingChangeQueries queries, ITenantContext tenant)
{
    public Task<CertificatePrintSettings> InForceAsync(CancellationToken cancellationToken = default) =>
        reader.GetAsync(CertificateSettingSource.Print, cancellationToken);

    public async Task<IReadOnlyList<SettingChangeRequest>> PendingAsync(CancellationToken cancellationToken = default) =>
        [.. (await queries.ForKeyAsync(CertificateSettingSource.Print.Key, cancellationToken)).Where(r => r.Status == SettingChangeStatus.Pending).OrderBy(r => r.EffectiveFrom)];

    /// <summary>Creates the change request (validated and audited by the settings framework); the seal in force is kept when none was sent.</summary>
    public async Task<SettingChangeRequest> RequestAsync(SettingsCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await reader.GetAsync(CertificateSettingSource.Print, command.EffectiveFrom, cancellationToken);
        var value = new CertificatePrintSettings(
            command.CertificationStatement,
            command.MayorTitle,
            command.MayorName,
            command.Counters,
            command.SealPng is { } png ? Convert.ToBase64String(png) : current.SealPng);
        return await changes.RequestAsync(
            CertificateSettingSource.Print.Key,
            SettingScope.Municipality(tenant.TenantId),
            command.EffectiveFrom,
            CertificateSettingSource.Print.Serialize(value),
            command.Reason,
            cancellationToken);
    }

    /// <summary>The page's field for a problem the settings framework found (by the value's JSON path).</summary>
    public static string FieldOf(string path) => (path ?? string.Empty) switch
    {
        "attestationText" => "certificationStatement",
        "sealPng" => "seal",
        "reason" => "changeReason",
        var p when p.StartsWith("counters", StringComparison.Ordinal) => "counters",
        var p => p,
    };
}
