using Tsunagi.Platform.Ui;

namespace Tsunagi.Residents;

public sealed class ResidentsNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.Residents", "/residents", ResidentsPermissions.Read, 100),
        new("Nav.MoveIn", "/residents/move-in", ResidentsPermissions.Write, 110),
        new("Nav.MoveOut", "/residents/move-out", ResidentsPermissions.Write, 120),
        new("Nav.Relocation", "/residents/relocation", ResidentsPermissions.Write, 130),
        new("Nav.Birth", "/residents/birth", ResidentsPermissions.Write, 140),
        new("Nav.Death", "/residents/death", ResidentsPermissions.Write, 150),
        new("Nav.HouseholdChange", "/residents/household-change", ResidentsPermissions.Write, 160),
        new("Nav.RecordAmendment", "/residents/record-amendment", ResidentsPermissions.Write, 170),
        new("Nav.ExOfficio", "/residents/ex-officio", ResidentsPermissions.Write, 180),
    ];
}
