using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Sequences;

/// <summary>
/// The last number handed out of one per-tenant, per-年度 series (証明書番号, 領収番号, 転出証明書番号 …).
/// Numbers are taken inside the caller's unit of work, so a rolled-back change leaves no gap-making side effect.
/// </summary>
public sealed class NumberSequence : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The series, e.g. <c>residents.move-out-certificate</c>.</summary>
    public string Name { get; set; } = string.Empty;

    public int FiscalYear { get; set; }

    public long LastValue { get; set; }
}
