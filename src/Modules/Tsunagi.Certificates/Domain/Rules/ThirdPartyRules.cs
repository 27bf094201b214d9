using System.Globalization;

namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>
/// 第12条の3: a 第三者 names themselves and states a legitimate reason of at least <see cref="MinimumReasonLength"/> characters.
/// 住民票コード never (第7項 excludes it); 本籍・筆頭者 only on a 特別の請求 (第7項), which the rules read as a reason that
/// says why the 本籍 is needed, i.e. mentions 「本籍」. 個人番号 is refused for every requester but 本人 and 同一世帯.
/// </summary>
internal static class ThirdPartyRules
{
    public const int MinimumReasonLength = 10;

    public const string DomicileWord = "本籍";

    public static IEnumerable<IssuanceRefusal> Check(Requester requester, CertificateOptions options)
    {
        if (string.IsNullOrWhiteSpace(requester.Name))
        {
            yield return new(RuleFields.RequesterName, "Rules.ThirdPartyNameRequired");
        }

        var reason = requester.Reason?.Trim() ?? string.Empty;
        if (new StringInfo(reason).LengthInTextElements < MinimumReasonLength)
        {
            yield return new(RuleFields.Reason, "Rules.ReasonTooShort");
        }

        if (options.IncludeRegisteredDomicile && !reason.Contains(DomicileWord, StringComparison.Ordinal))
        {
            yield return new(RuleFields.RegisteredDomicile, "Rules.RegisteredDomicileNotNeeded");
        }

        if (options.IncludeResidentRecordCode)
        {
            yield return new(RuleFields.ResidentRecordCode, "Rules.ResidentRecordCodeNotAllowed");
        }
    }
}
