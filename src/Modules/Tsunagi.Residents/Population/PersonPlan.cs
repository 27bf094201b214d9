using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>One person of a household being planned, before the domain records them.</summary>
internal sealed class PersonPlan
{
    public required PersonName Name { get; init; }

    public required Sex Sex { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required string Relationship { get; init; }

    public ForeignResidentItems? Foreign { get; init; }

    /// <summary>死亡 or 転出 with its 異動日, if the person has left the register.</summary>
    public (ChangeKind Kind, DateOnly On)? Leaves { get; set; }
}
