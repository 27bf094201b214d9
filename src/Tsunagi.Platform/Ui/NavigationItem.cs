namespace Tsunagi.Platform.Ui;

/// <summary>One entry of the shell's navigation, shown only to staff who hold <see cref="Permission"/>; <see cref="LabelKey"/> is a key of the host's strings table (Nav.*).</summary>
public sealed record NavigationItem(string LabelKey, string Href, string? Permission, int Order);
