using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.CostSharing.Storage;

/// <summary>One saved version of the consortium's cost model for a fiscal year (append-only: an edit adds the next version).</summary>
public sealed class CostModelVersion : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public int FiscalYear { get; init; }

    public int Version { get; init; }

    /// <summary>The <see cref="Domain.CostSharing.CostModel"/> as JSON (<see cref="CostModelJson"/>).</summary>
    public string Model { get; init; } = string.Empty;

    public DateTimeOffset RecordedAt { get; init; }
}
