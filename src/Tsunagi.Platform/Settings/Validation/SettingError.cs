namespace Tsunagi.Platform.Settings.Validation;

/// <summary>
/// One problem with a proposed value: <see cref="Path"/> is the JSON path of the property (<c>fees[1].amount</c>, empty for
/// the whole value) and <see cref="Problem"/> the Japanese sentence without the field (「0以上の整数を入力してください。」).
/// </summary>
public sealed record SettingError(string Path, string Problem);
