using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Relocation;

/// <summary>What the counter form posts: every registered member as a row (all of them move), the new address and the dates.</summary>
public sealed class RelocationFormInput
{
    public string? HouseholdId { get; set; }

    public IList<MemberChoiceInput> Members { get; set; } = [];

    public string? MovedOn { get; set; }

    public string? NotifiedOn { get; set; }

    public AddressInput Address { get; set; } = new();

    public RelocationInput ToInput() => new()
    {
        HouseholdId = HouseholdId,
        Members = [.. Members.Select(m => m.ToVersion())],
        MovedOn = MovedOn,
        NotifiedOn = NotifiedOn,
        Address = Address,
    };
}
