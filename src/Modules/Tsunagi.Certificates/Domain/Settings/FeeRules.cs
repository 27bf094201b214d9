using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>Rules of the fee table the schema cannot say (the fee's bounds are in the schema).</summary>
public static class FeeRules
{
    public static IEnumerable<SettingError> EachTypeOnce(CertificateFees fees)
    {
        ArgumentNullException.ThrowIfNull(fees);
        var seen = new HashSet<Contracts.CertificateType>();
        for (var i = 0; i < fees.Fees.Count; i++)
        {
            if (!seen.Add(fees.Fees[i].Type))
            {
                yield return new SettingError($"fees[{i}].type", "同じ証明書の種類は1行だけ指定してください。");
            }
        }
    }
}
