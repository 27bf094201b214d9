using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>A validated row waiting for the move into the register: the person as JSON, 個人番号 only encrypted (tenant key) with its blind index.</summary>
public sealed class LegacyStagedRow : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid RunId { get; init; }

    public int Row { get; init; }

    public string HouseholdId { get; init; } = string.Empty;

    public string PersonJson { get; init; } = string.Empty;
}
