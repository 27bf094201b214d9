using System.Globalization;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>The preview as plain text, for the <c>import-law-package</c> verb (the page shows the same facts as tables).</summary>
public static class LawPackagePreviewText
{
    public static async Task WriteAsync(LawPackagePreview preview, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(output);
        var package = preview.Package;
        await output.WriteLineAsync($"法改正パッケージ / law-revision package: {package.Id}「{package.Title}」");
        await output.WriteLineAsync($"  根拠 / legal basis: {package.LegalBasis}");
        await output.WriteLineAsync($"  設定値 / entries: {package.Entries.Count}  SHA-256: {package.Sha256}");
        if (preview.AlreadyImported is { } imported)
        {
            await output.WriteLineAsync($"  取込済み / already imported: {TokyoTime.ToTokyo(imported.ImportedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        }

        foreach (var municipality in preview.Municipalities)
        {
            await output.WriteLineAsync($"{municipality.Name} ({municipality.Code}): {(municipality.IsAffected ? "変更あり / changes" : "影響なし / not affected")}");
            foreach (var impact in municipality.Settings)
            {
                var head = $"  [{impact.EntryNumber}] {impact.LabelJa} ({impact.Key}) {ScopeNames.Of(impact.EntryScope)} {JapaneseEraDateFormat.Format(impact.EffectiveFrom)}〜";
                var line = impact.Kind switch
                {
                    SettingImpactKind.Changes => $"{head}: {impact.BeforeJson} → {impact.AfterJson}",
                    SettingImpactKind.SameValue => $"{head}: 同じ値 / same value",
                    _ => $"{head}: 影響なし・{ScopeNames.Of(impact.KeptBy!.Value)}の値を維持 / kept by a closer value",
                };
                await output.WriteLineAsync(line);
            }
        }
    }
}
