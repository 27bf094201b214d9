using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.MoveOut;

/// <summary>What the counter form posts; <see cref="ToInput"/> turns it into the API's notification.</summary>
public sealed class MoveOutFormInput
{
    public string? HouseholdId { get; set; }

    public IList<MemberChoiceInput> Members { get; set; } = [];

    public string? NewHeadResidentId { get; set; }

    public string? PlannedMoveOutOn { get; set; }

    public string? NotifiedOn { get; set; }

    public string? DestinationAddress { get; set; }

    /// <summary>Only for 「住所を補完」 on the form: the API takes the destination as one line.</summary>
    public string? DestinationPostalCode { get; set; }

    public string? DestinationMunicipalityCode { get; set; }

    public MoveOutInput ToInput() => new()
    {
        HouseholdId = HouseholdId,
        Members = [.. Members.Where(m => m.Chosen).Select(m => m.ToVersion())],
        NewHead = Members.FirstOrDefault(m => !string.IsNullOrEmpty(NewHeadResidentId) && m.ResidentId == NewHeadResidentId)?.ToVersion(),
        PlannedMoveOutOn = PlannedMoveOutOn,
        NotifiedOn = NotifiedOn,
        DestinationAddress = DestinationAddress,
        DestinationMunicipalityCode = DestinationMunicipalityCode,
    };
}
