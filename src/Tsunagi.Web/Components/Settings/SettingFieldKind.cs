namespace Tsunagi.Web.Components.Settings;

public enum SettingFieldKind
{
    Text,
    WholeNumber,
    Number,
    Date,
    Boolean,

    /// <summary>A list of texts: one per line (rows).</summary>
    Lines,

    /// <summary>Anything else (a list of records, a nested record): edited as JSON.</summary>
    Json,
}
