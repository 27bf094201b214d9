namespace Tsunagi.Platform.Identity;

/// <summary>
/// A permission a module declares, such as <c>residents.read</c>, with its Japanese and English
/// labels and the standard roles that hold it by default.
/// </summary>
public sealed record Permission(string Name, string LabelJa, string LabelEn, IReadOnlyList<StandardRole> GrantedTo)
{
    public string PolicyName => PermissionPolicy.Prefix + Name;
}
