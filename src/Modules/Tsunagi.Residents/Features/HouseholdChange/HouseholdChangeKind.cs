namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>世帯変更の種別: 分離, 合併, 世帯主変更.</summary>
public enum HouseholdChangeKind
{
    /// <summary>世帯分離: some members leave to form a new household at the same address.</summary>
    Split = 1,

    /// <summary>世帯合併: every member of another household joins this one; the other household ends.</summary>
    Merge = 2,

    /// <summary>世帯主変更: a new head within the household, everyone's 続柄 re-entered.</summary>
    HeadChange = 3,
}
