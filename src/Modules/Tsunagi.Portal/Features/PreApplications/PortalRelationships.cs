namespace Tsunagi.Portal.Features.PreApplications;

/// <summary>続柄 offered on the portal's forms: the register's own values (Residents' <c>Relationships.All</c>), so the draft parses.</summary>
public static class PortalRelationships
{
    public static IReadOnlyList<string> All { get; } =
        ["世帯主", "妻", "夫", "子", "父", "母", "祖父", "祖母", "孫", "兄", "姉", "弟", "妹", "子の妻", "子の夫", "妻の父", "妻の母", "夫の父", "夫の母", "縁故者", "同居人"];

    public static bool IsKnown(string? relationship) => relationship is not null && All.Contains(relationship, StringComparer.Ordinal);
}
