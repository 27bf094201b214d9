using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;

namespace Tsunagi.Certificates.Data.LegacySettings;

/// <summary>
/// Turns the former rows into setting values. The old fee table kept one row per type and date; a setting keeps the whole
/// table per date, so each date any type changed becomes one version: every type's latest fee not after that date.
/// </summary>
public static class LegacySettingsConversion
{
    /// <summary>The effective date of the moved print settings: before any issuance the system holds.</summary>
    public static DateOnly PrintEffectiveFrom { get; } = new(2000, 1, 1);

    public static IReadOnlyList<(DateOnly EffectiveFrom, CertificateFees Fees)> FeeVersions(IReadOnlyList<LegacyFeeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Select(r => r.EffectiveFrom).Distinct().Order().Select(day => (day, new CertificateFees([.. rows
            .Where(r => r.EffectiveFrom <= day)
            .GroupBy(r => r.Type)
            .Select(g => g.MaxBy(r => r.EffectiveFrom)!)
            .OrderBy(r => r.Type)
            .Select(r => new CertificateFee(r.Type, r.FeePerCopy))]))) ];
    }

    public static CertificatePrintSettings Print(LegacyPrintRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var counters = row.Counters.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        return new CertificatePrintSettings(
            row.CertificationStatement,
            row.MayorTitle,
            row.MayorName,
            counters,
            row.SealPng is { Length: > 0 } png ? Convert.ToBase64String(png) : null);
    }

    /// <summary>Fee types the old table knew only by number; a number no type has is skipped rather than guessed.</summary>
    public static bool IsKnown(CertificateType type) => Enum.IsDefined(type);
}
