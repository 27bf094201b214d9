using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Death;

/// <summary>死亡届 as an API client sends it: who died (with the version last seen), when, and the new head if needed.</summary>
public sealed class DeathInput
{
    public string? HouseholdId { get; set; }

    public ResidentVersionInput Deceased { get; set; } = new();

    /// <summary>Required when the head died and others remain.</summary>
    public ResidentVersionInput? NewHead { get; set; }

    /// <summary>死亡日: the 異動日.</summary>
    public string? DiedOn { get; set; }

    public string? NotifiedOn { get; set; }
}
