using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>
/// The fee table (手数料, setting <c>certificates.fees</c>) as the town sees it: every version that applies or applied to it,
/// whichever scope set it. A change is a request for a new version of the town's own table from a 施行日 (the table in
/// force then, with one type's fee set); another administrator approves it on /settings/requests. Sending the same change
/// again while it is pending answers the pending request instead of a second one.
/// </summary>
public sealed class FeeScheduleHandler(SettingsReader reader, SettingChanges changes, SettingChangeQueries queries, ITenantContext tenant, TimeProvider time)
{
    private static SettingDefinition<CertificateFees> Fees => CertificateSettingSource.Fees;

    public async Task<IReadOnlyList<FeeEntryItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var chain = SettingsReader.ChainFor(tenant.TenantId);
        var today = TokyoTime.Today(time);
        var dates = (await reader.VersionsAsync(Fees.Key, cancellationToken))
            .Where(v => chain.Contains(v.Scope))
            .Select(v => v.EffectiveFrom)
            .Append(DateOnly.MinValue)
            .Distinct()
            .Order();
        var inForce = await reader.ResolveAsync(Fees, chain, today, cancellationToken);
        var versions = new List<ResolvedSetting>();
        foreach (var date in dates)
        {
            var resolved = await reader.ResolveAsync(Fees, chain, date, cancellationToken);
            if (!versions.Exists(v => Same(v, resolved)))
            {
                versions.Add(resolved);
            }
        }

        return [.. versions
            .Where(v => !v.IsDefault || Same(v, inForce))
            .SelectMany(v => Fees.Read(v.ValueJson).Fees.Select(f => Item(f, v, Same(v, inForce))))
            .OrderBy(i => CertificateTypeNames.Parse(i.Type))
            .ThenByDescending(i => i.EffectiveFrom)];
    }

    public async Task<IReadOnlyList<SettingChangeRequest>> PendingAsync(CancellationToken cancellationToken = default) =>
        [.. (await queries.ForKeyAsync(Fees.Key, cancellationToken)).Where(r => r.Status == SettingChangeStatus.Pending).OrderBy(r => r.EffectiveFrom)];

    /// <summary>Requests the change (validated and audited by the settings framework); nothing is in force until approved.</summary>
    public async Task<FeeChangeRequested> RequestAsync(FeeEntryCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var scope = SettingScope.Municipality(tenant.TenantId);
        var current = await reader.ResolveAsync(Fees, scope.ChainFromHere(), command.EffectiveFrom, cancellationToken);
        var proposed = Fees.Serialize(Fees.Read(current.ValueJson).With(command.Type, command.FeePerCopy));
        var pending = (await PendingAsync(cancellationToken)).FirstOrDefault(r => r.EffectiveFrom == command.EffectiveFrom && r.ProposedJson == proposed);
        var request = pending ?? await changes.RequestAsync(Fees.Key, scope, command.EffectiveFrom, proposed, command.Reason, cancellationToken);
        return new FeeChangeRequested(request.Id, request.Status.ToString(), CertificateTypeNames.NameOf(command.Type), command.FeePerCopy, command.EffectiveFrom);
    }

    /// <summary>The fees a pending request proposes, for the page.</summary>
    public static CertificateFees Proposed(SettingChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Fees.Read(request.ProposedJson);
    }

    private static bool Same(ResolvedSetting a, ResolvedSetting b) => a.Scope == b.Scope && a.EffectiveFrom == b.EffectiveFrom && a.Version == b.Version;

    private static FeeEntryItem Item(CertificateFee fee, ResolvedSetting version, bool inForce) => new(
        CertificateTypeNames.NameOf(fee.Type),
        CashText.Get(CertificateTypeNames.LabelKey(fee.Type), CashText.Japanese),
        fee.FeePerCopy,
        version.EffectiveFrom,
        version.Scope?.Level switch
        {
            SettingScopeLevel.Municipality => "municipality",
            SettingScopeLevel.Prefecture => "prefecture",
            SettingScopeLevel.National => "national",
            _ => "default",
        },
        inForce);
}
