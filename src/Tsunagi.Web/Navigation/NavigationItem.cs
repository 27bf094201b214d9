namespace Tsunagi.Web.Navigation;

/// <summary>One entry of the shell's navigation, shown only to staff who hold <see cref="Permission"/>.</summary>
public sealed record NavigationItem(string LabelKey, string Href, string? Permission, int Order);
