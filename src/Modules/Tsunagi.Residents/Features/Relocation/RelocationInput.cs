using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Relocation;

/// <summary>転居届 as an API client sends it: the whole household, each member with the version last seen, to a new address in town.</summary>
public sealed class RelocationInput
{
    public string? HouseholdId { get; set; }

    /// <summary>Every member on the register (a part of the household moving is a 世帯分離, not a 転居).</summary>
    public IList<ResidentVersionInput> Members { get; set; } = [];

    /// <summary>異動日: the day they started living at the new address.</summary>
    public string? MovedOn { get; set; }

    public string? NotifiedOn { get; set; }

    public AddressInput Address { get; set; } = new();
}
