using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Tsunagi.Platform.Identity;

/// <summary>
/// Identity's messages in Japanese, naming the field and the problem. Under an English UI culture the
/// framework's English text is kept, so the English set stays complete; the codes never change.
/// </summary>
public sealed class JapaneseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Describe(base.DefaultError(), "処理できませんでした。もう一度お試しください。");

    public override IdentityError ConcurrencyFailure() =>
        Describe(base.ConcurrencyFailure(), "ほかの操作と同時に更新されたため保存できませんでした。画面を開き直してから、もう一度操作してください。");

    public override IdentityError PasswordMismatch() =>
        Describe(base.PasswordMismatch(), "パスワードが正しくありません。");

    public override IdentityError InvalidToken() =>
        Describe(base.InvalidToken(), "確認コードが正しくないか、有効期限が切れています。");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Describe(base.RecoveryCodeRedemptionFailed(), "リカバリーコードが正しくないか、すでに使用されています。");

    public override IdentityError LoginAlreadyAssociated() =>
        Describe(base.LoginAlreadyAssociated(), "この外部ログインは、すでに別の職員アカウントに関連付けられています。");

    public override IdentityError InvalidUserName(string? userName) =>
        Describe(base.InvalidUserName(userName), $"ログインID「{userName}」は使用できません。半角英数字と「-」「.」「_」「@」だけで入力してください。");

    public override IdentityError InvalidEmail(string? email) =>
        Describe(base.InvalidEmail(email), $"メールアドレス「{email}」の形式が正しくありません。");

    public override IdentityError DuplicateUserName(string userName) =>
        Describe(base.DuplicateUserName(userName), $"ログインID「{userName}」はすでに使用されています。別のログインIDを指定してください。");

    public override IdentityError DuplicateEmail(string email) =>
        Describe(base.DuplicateEmail(email), $"メールアドレス「{email}」はすでに使用されています。");

    public override IdentityError InvalidRoleName(string? role) =>
        Describe(base.InvalidRoleName(role), $"ロール名「{role}」は使用できません。");

    public override IdentityError DuplicateRoleName(string role) =>
        Describe(base.DuplicateRoleName(role), $"ロール名「{role}」はすでに使用されています。");

    public override IdentityError UserAlreadyHasPassword() =>
        Describe(base.UserAlreadyHasPassword(), "この職員にはすでにパスワードが設定されています。");

    public override IdentityError UserLockoutNotEnabled() =>
        Describe(base.UserLockoutNotEnabled(), "この職員アカウントではロックアウトが有効になっていません。");

    public override IdentityError UserAlreadyInRole(string role) =>
        Describe(base.UserAlreadyInRole(role), $"この職員にはすでにロール「{role}」が付与されています。");

    public override IdentityError UserNotInRole(string role) =>
        Describe(base.UserNotInRole(role), $"この職員にはロール「{role}」が付与されていません。");

    public override IdentityError PasswordTooShort(int length) =>
        Describe(base.PasswordTooShort(length), $"パスワードは{length}文字以上で入力してください。");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Describe(base.PasswordRequiresUniqueChars(uniqueChars), $"パスワードには{uniqueChars}種類以上の異なる文字を含めてください。");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Describe(base.PasswordRequiresNonAlphanumeric(), "パスワードには記号（英数字以外の文字）を1文字以上含めてください。");

    public override IdentityError PasswordRequiresDigit() =>
        Describe(base.PasswordRequiresDigit(), "パスワードには数字（0-9）を1文字以上含めてください。");

    public override IdentityError PasswordRequiresLower() =>
        Describe(base.PasswordRequiresLower(), "パスワードには英小文字（a-z）を1文字以上含めてください。");

    public override IdentityError PasswordRequiresUpper() =>
        Describe(base.PasswordRequiresUpper(), "パスワードには英大文字（A-Z）を1文字以上含めてください。");

    private static IdentityError Describe(IdentityError english, string japanese) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? english
            : new IdentityError { Code = english.Code, Description = japanese };
}
