using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Validation;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>
/// Resolves each member municipality's value on each entry's effective date twice, with the stored values alone and
/// with the package's added, by the same rule as <see cref="SettingsReader"/> (closest scope wins).
/// </summary>
public sealed class LawPackagePreviewer(PlatformDbContext platform, ConsortiumDbContext db, SettingsReader settings, SettingValidator validator, ITenantContext tenant)
{
    public async Task<LawPackagePreview> PreviewAsync(LawPackage package, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        await LawPackageValueCheck.EnsureValidAsync(validator, package);
        var consortiumId = tenant.TenantId;
        var members = await platform.Municipalities.AsNoTracking()
            .Where(m => m.ConsortiumId == consortiumId && m.Status != MunicipalityStatus.Deactivated)
            .OrderBy(m => m.Code)
            .ToListAsync(cancellationToken);
        var imported = await db.Set<ImportedLawPackage>().AsNoTracking().FirstOrDefaultAsync(p => p.PackageId == package.Id, cancellationToken);

        var stored = new Dictionary<string, IReadOnlyList<SettingValue>>(StringComparer.Ordinal);
        foreach (var key in package.Entries.Select(e => e.Setting.Key).Distinct(StringComparer.Ordinal))
        {
            stored[key] = await settings.VersionsAsync(key, cancellationToken);
        }

        var proposed = package.Entries.ToDictionary(e => e, e => new SettingValue
        {
            Key = e.Setting.Key,
            ScopeLevel = e.Scope.Level,
            ScopeId = e.Scope.Id,
            EffectiveFrom = e.EffectiveFrom,
            Version = int.MaxValue,
            ValueJson = e.ValueJson,
        });
        var withPackage = stored.ToDictionary(
            s => s.Key,
            s => (IReadOnlyList<SettingValue>)[.. s.Value, .. proposed.Where(p => p.Key.Setting.Key == s.Key).Select(p => p.Value)],
            StringComparer.Ordinal);

        var impacts = members.Select(m => new MunicipalityImpact(
            m.Code,
            m.FullName,
            [.. package.Entries.Where(e => Reaches(e.Scope, m.Code)).Select(e => Impact(e, proposed[e], stored[e.Setting.Key], withPackage[e.Setting.Key], m.Code))]));
        return new LawPackagePreview(package, [.. impacts], imported);
    }

    private static bool Reaches(SettingScope scope, string municipalityCode) =>
        scope.Level == SettingScopeLevel.National || (scope.Level == SettingScopeLevel.Prefecture && municipalityCode.StartsWith(scope.Id, StringComparison.Ordinal));

    private static SettingImpact Impact(LawPackageEntry entry, SettingValue proposed, IReadOnlyList<SettingValue> before, IReadOnlyList<SettingValue> after, string municipalityCode)
    {
        var chain = SettingScope.ChainFor(municipalityCode);
        var was = SettingResolution.Resolve(entry.Setting, before, chain, entry.EffectiveFrom);
        var will = SettingResolution.Resolve(entry.Setting, after, chain, entry.EffectiveFrom);
        var fromEntry = will.Scope == entry.Scope && will.EffectiveFrom == proposed.EffectiveFrom && will.Version == proposed.Version;
        var kind = !fromEntry ? SettingImpactKind.KeptByCloserValue
            : JsonNode.DeepEquals(JsonNode.Parse(was.ValueJson), JsonNode.Parse(will.ValueJson)) ? SettingImpactKind.SameValue
            : SettingImpactKind.Changes;
        return new SettingImpact(entry.Number, entry.Setting.Key, entry.Setting.LabelJa, entry.Scope, entry.EffectiveFrom, was.ValueJson, will.ValueJson, kind, fromEntry ? null : will.Scope);
    }
}
