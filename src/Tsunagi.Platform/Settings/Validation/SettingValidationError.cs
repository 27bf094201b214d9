namespace Tsunagi.Platform.Settings.Validation;

/// <summary>A problem as shown to the user: the path, and the Japanese message naming the field (「手数料（2行目）：0以上の整数を入力してください。」).</summary>
public sealed record SettingValidationError(string Path, string Message);
