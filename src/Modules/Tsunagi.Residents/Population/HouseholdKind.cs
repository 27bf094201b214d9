namespace Tsunagi.Residents.Population;

/// <summary>The household shapes of an ageing coastal town, drawn by weight.</summary>
internal enum HouseholdKind
{
    SingleElderly,
    ElderlyCouple,
    SingleWorkingAge,
    WorkingCouple,
    CoupleWithChildren,
    SingleParent,
    ThreeGenerations,
    ParentAndAdultChild,
    ForeignWorker,
}
