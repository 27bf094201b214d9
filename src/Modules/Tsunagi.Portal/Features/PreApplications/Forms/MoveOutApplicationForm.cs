using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Portal.Features.PreApplications.Forms;

/// <summary>転出の事前申請 as posted: who notifies, the planned date, the destination, and who moves along.</summary>
public sealed class MoveOutApplicationForm
{
    public string? Step { get; set; }

    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    public string? DateOfBirth { get; set; }

    public string? PlannedMoveOutOn { get; set; }

    public string? Destination { get; set; }

    public IList<PersonForm> Members { get; set; } = [];

    public MoveOutDraft ToDraft() =>
        new(
            PersonForm.Trim(FamilyName),
            PersonForm.Trim(GivenName),
            PersonForm.Trim(DateOfBirth),
            PersonForm.Trim(PlannedMoveOutOn),
            PersonForm.Trim(Destination),
            [.. Members.Where(m => !m.IsBlank).Select(m => m.ToDraft())]);
}
