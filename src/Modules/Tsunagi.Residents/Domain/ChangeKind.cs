namespace Tsunagi.Residents.Domain;

/// <summary>異動事由: what a residency change records. Stored by name; renaming one is a data migration.</summary>
public enum ChangeKind
{
    MoveIn = 1,
    MoveOut = 2,
    Relocation = 3,
    Birth = 4,
    Death = 5,
    HouseholdSplit = 6,
    HouseholdMerge = 7,
    HouseholdHeadChange = 8,
    RecordAmendment = 9,
    ExOfficioCorrection = 10,
    ExOfficioRemoval = 11,

    /// <summary>職権記載（移行）: entered from a legacy system with its original dates.</summary>
    MigratedEntry = 12,
}
