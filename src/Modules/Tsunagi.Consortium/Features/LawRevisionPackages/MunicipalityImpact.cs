namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>One member municipality and what each entry that reaches it (by scope) would do.</summary>
public sealed record MunicipalityImpact(string Code, string Name, IReadOnlyList<SettingImpact> Settings)
{
    public IEnumerable<SettingImpact> Changes => Settings.Where(s => s.Kind == SettingImpactKind.Changes);

    public IEnumerable<SettingImpact> NotAffected => Settings.Where(s => s.Kind != SettingImpactKind.Changes);

    public bool IsAffected => Changes.Any();
}
