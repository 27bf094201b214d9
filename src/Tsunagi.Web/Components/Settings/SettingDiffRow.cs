namespace Tsunagi.Web.Components.Settings;

/// <summary>One property of a setting before and after a change, as shown on the 確認画面 and the approval page.</summary>
public sealed record SettingDiffRow(string Label, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}
