using System.Text.Json;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Domain;

/// <summary>
/// 異動: one append-only entry of a resident's history, holding the record as it stands after the change.
/// Never updated, never deleted (the PostgreSQL application role may only insert and read it).
/// </summary>
public sealed class ResidencyChange : ITenantOwned
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ResidentRecord? _record;

    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    /// <summary>1, 2, 3 … per resident, in the order the changes were recorded.</summary>
    public int Sequence { get; init; }

    public ChangeKind Kind { get; init; }

    public ChangeOrigin Origin { get; init; }

    /// <summary>異動日: the day the change takes effect.</summary>
    public DateOnly EffectiveOn { get; init; }

    /// <summary>届出日 (for an ex-officio change: the day it was decided).</summary>
    public DateOnly NotifiedOn { get; init; }

    /// <summary>Why (required for ex-officio changes); free text entered by staff.</summary>
    public string? Reason { get; init; }

    /// <summary>届出期間経過: notified later than the legal period.</summary>
    public bool LateNotification { get; init; }

    public ResidentStatus StatusAfter { get; init; }

    /// <summary>The staff member or API client (audit actor id) who recorded it.</summary>
    public string ActorId { get; init; } = string.Empty;

    /// <summary>The staff member who approved it, for changes that need a second person (職権修正・職権消除).</summary>
    public string? ApprovedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>The record after the change, as JSON (stored; see <see cref="Record"/>).</summary>
    public string RecordJson { get; init; } = string.Empty;

    public ResidentRecord Record => _record ??= JsonSerializer.Deserialize<ResidentRecord>(RecordJson, Json)!;
}
