namespace Tsunagi.Residents.Domain;

/// <summary>続柄 to the household head, as written on the register (children are all 子).</summary>
public static class Relationships
{
    public const string Head = "世帯主";

    public static IReadOnlyList<string> All { get; } =
        [Head, "妻", "夫", "子", "父", "母", "祖父", "祖母", "孫", "兄", "姉", "弟", "妹", "子の妻", "子の夫", "妻の父", "妻の母", "夫の父", "夫の母", "縁故者", "同居人"];

    public static bool IsKnown(string? relationship) => relationship is not null && All.Contains(relationship, StringComparer.Ordinal);
}
