using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Domain;

/// <summary>
/// 転出証明書 data produced by a 転出届: who moves, where to, and their records as they stood. Its number is
/// per tenant and 年度; a receiving town inside the consortium loads it by number through an explicit,
/// audited exchange, never by reading this table across tenants.
/// </summary>
public sealed class MoveOutCertificate : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    /// <summary>e.g. 2026-000123 (年度 and a per-tenant sequence).</summary>
    public string Number { get; init; } = string.Empty;

    public DateOnly IssuedOn { get; init; }

    public DateOnly PlannedMoveOutOn { get; init; }

    public string DestinationAddress { get; init; } = string.Empty;

    /// <summary>The receiving municipality's code when it is a member of the consortium.</summary>
    public string? DestinationMunicipalityCode { get; init; }

    public Guid HouseholdId { get; init; }

    /// <summary>The residents it covers.</summary>
    public IReadOnlyList<Guid> ResidentIds { get; init; } = [];

    /// <summary>The moving residents' records at move-out (JSON array of <see cref="ResidentRecord"/>), in <see cref="ResidentIds"/> order.</summary>
    public string RecordsJson { get; init; } = string.Empty;

    /// <summary>Set when the receiving town's 転入 used it.</summary>
    public string? UsedByMunicipalityCode { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
