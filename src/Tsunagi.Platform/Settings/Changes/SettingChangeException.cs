namespace Tsunagi.Platform.Settings.Changes;

/// <summary>A change request refused as a whole; <see cref="MessageJa"/> is shown to the user. Nothing was stored.</summary>
public sealed class SettingChangeException(SettingChangeProblem problem)
    : Exception($"The setting change was refused: {problem}.")
{
    public SettingChangeProblem Problem { get; } = problem;

    public string MessageJa => Problem switch
    {
        SettingChangeProblem.NotFound => "変更申請が見つかりません。",
        SettingChangeProblem.UnknownSetting => "その設定はありません。",
        SettingChangeProblem.ScopeNotAllowed => "この範囲（国・都道府県・他の市町村）の設定は変更を申請できません。",
        SettingChangeProblem.OwnRequest => "自分が申請した変更は承認・却下できません。別の管理者が判断してください。",
        SettingChangeProblem.AlreadyDecided => "この変更申請はすでに処理されています。",
        SettingChangeProblem.EffectiveDatePassed => "施行日を過ぎた変更申請は承認できません。施行日を改めて申請してください。",
        _ => "変更申請を処理できませんでした。",
    };

    public string MessageEn => Problem switch
    {
        SettingChangeProblem.NotFound => "The change request was not found.",
        SettingChangeProblem.UnknownSetting => "There is no such setting.",
        SettingChangeProblem.ScopeNotAllowed => "You may not request changes at this scope (national, prefectural or another municipality).",
        SettingChangeProblem.OwnRequest => "You cannot decide a change you requested; another administrator must.",
        SettingChangeProblem.AlreadyDecided => "This change request has already been decided.",
        SettingChangeProblem.EffectiveDatePassed => "The effective date has passed; request the change again with a new date.",
        _ => "The change request could not be processed.",
    };
}
