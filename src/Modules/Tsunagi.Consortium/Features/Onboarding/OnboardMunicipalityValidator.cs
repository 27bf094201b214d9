using System.Net.Mail;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>Checks what can be checked without the database; messages in Japanese naming the field.</summary>
public static class OnboardMunicipalityValidator
{
    public const int MaxEmailLength = 256;

    public static IReadOnlyDictionary<string, string> Validate(OnboardMunicipalityCommand command, LocalGovernmentMaster master, out LocalGovernmentEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(master);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var codeError = master.Validate(command.Code, out entry);
        var codeMessage = codeError switch
        {
            LocalGovernmentCodeError.None => null,
            LocalGovernmentCodeError.NotSixDigits when string.IsNullOrWhiteSpace(command.Code) => "団体コード：団体を選んでください。",
            LocalGovernmentCodeError.NotSixDigits => "団体コード：6桁の数字で入力してください。",
            LocalGovernmentCodeError.WrongCheckDigit => "団体コード：検査数字が正しくありません。",
            LocalGovernmentCodeError.NotInMasterList => "団体コード：全国地方公共団体コードの一覧にありません。",
            _ => "団体コード：都道府県は加入できません。市区町村を選んでください。",
        };
        if (codeMessage is not null)
        {
            errors["code"] = codeMessage;
        }

        var email = command.AdministratorEmail?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            errors["email"] = "管理者のメールアドレス：入力してください。";
        }
        else if (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            errors["email"] = "管理者のメールアドレス：形式が正しくありません（例：admin@town.example.lg.jp）。";
        }

        return errors;
    }
}
