namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>The names of <see cref="HouseholdChangeKind"/> in requests, results and events.</summary>
public static class HouseholdChangeKinds
{
    public const string Split = "split";
    public const string Merge = "merge";
    public const string HeadChange = "head-change";

    public static string NameOf(HouseholdChangeKind kind) => kind switch
    {
        HouseholdChangeKind.Split => Split,
        HouseholdChangeKind.Merge => Merge,
        _ => HeadChange,
    };

    /// <summary>Accepts the English names and the Japanese ones (分離, 合併, 世帯主変更).</summary>
    public static HouseholdChangeKind? Parse(string? value) => value?.Trim() switch
    {
        Split or "分離" or "世帯分離" => HouseholdChangeKind.Split,
        Merge or "合併" or "世帯合併" => HouseholdChangeKind.Merge,
        HeadChange or "世帯主変更" => HouseholdChangeKind.HeadChange,
        _ => null,
    };

    public static Domain.ChangeKind ChangeKindOf(HouseholdChangeKind kind) => kind switch
    {
        HouseholdChangeKind.Split => Domain.ChangeKind.HouseholdSplit,
        HouseholdChangeKind.Merge => Domain.ChangeKind.HouseholdMerge,
        _ => Domain.ChangeKind.HouseholdHeadChange,
    };
}
