using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Death;

/// <summary>What the counter form posts: every registered member as a row, the one chosen as deceased, and the new head if any.</summary>
public sealed class DeathFormInput
{
    public string? HouseholdId { get; set; }

    public IList<MemberChoiceInput> Members { get; set; } = [];

    public string? DeceasedResidentId { get; set; }

    public string? NewHeadResidentId { get; set; }

    public string? DiedOn { get; set; }

    public string? NotifiedOn { get; set; }

    public DeathInput ToInput() => new()
    {
        HouseholdId = HouseholdId,
        Deceased = Row(DeceasedResidentId) ?? new ResidentVersionInput(),
        NewHead = Row(NewHeadResidentId),
        DiedOn = DiedOn,
        NotifiedOn = NotifiedOn,
    };

    private ResidentVersionInput? Row(string? residentId) =>
        string.IsNullOrEmpty(residentId) ? null : Members.FirstOrDefault(m => m.ResidentId == residentId)?.ToVersion();
}
