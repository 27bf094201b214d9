using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Portal.Features.PreApplications.Forms;

/// <summary>転入の事前申請 as posted by the form.</summary>
public sealed class MoveInApplicationForm
{
    public string? Step { get; set; }

    public string? MovedInOn { get; set; }

    public string? PreviousAddress { get; set; }

    public bool FromAbroad { get; set; }

    public string? PostalCode { get; set; }

    public string? Locality { get; set; }

    public string? Lot { get; set; }

    public string? AddressSupplement { get; set; }

    public IList<PersonForm> Members { get; set; } = [];

    public MoveInDraft ToDraft() =>
        new(
            PersonForm.Trim(MovedInOn),
            PersonForm.Trim(PreviousAddress),
            FromAbroad,
            new AddressDraft(PersonForm.Trim(PostalCode), PersonForm.Trim(Locality), PersonForm.Trim(Lot), PersonForm.Trim(AddressSupplement)),
            [.. Members.Where(m => !m.IsBlank).Select(m => m.ToDraft())]);
}
