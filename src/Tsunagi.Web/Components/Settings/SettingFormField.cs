namespace Tsunagi.Web.Components.Settings;

/// <summary>One input of the generated change form: a top-level property of the setting's record.</summary>
public sealed record SettingFormField(string Name, string Label, SettingFieldKind Kind, bool Nullable);
