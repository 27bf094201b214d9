namespace Tsunagi.Platform.Settings.Validation;

/// <summary>
/// The label of one property of a setting's record, by its JSON name (<c>attestationText</c>), used in the schema's
/// titles, in error messages (「認証文：…」) and on the change form. A property inside list rows is labelled by its own name.
/// </summary>
public sealed record SettingField(string Name, string LabelJa, string LabelEn);
