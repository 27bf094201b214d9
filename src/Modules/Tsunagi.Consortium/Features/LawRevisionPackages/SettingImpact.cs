using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>
/// One entry seen from one municipality: the value in force on <see cref="EffectiveFrom"/> before and after the import,
/// and, when it is not affected, the scope whose value keeps applying.
/// </summary>
public sealed record SettingImpact(
    int EntryNumber,
    string Key,
    string LabelJa,
    SettingScope EntryScope,
    DateOnly EffectiveFrom,
    string BeforeJson,
    string AfterJson,
    SettingImpactKind Kind,
    SettingScope? KeptBy);
