using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Certificates.Features.Fees;

/// <summary>
/// 手数料: the fee per copy in the fee table (setting <c>certificates.fees</c>) in force on the issuance day times the copies;
/// an exemption makes it 0. The town's own table wins over the prefecture's and the national one.
/// </summary>
public sealed class FeeCalculator(SettingsReader settings)
{
    /// <summary>The fee, or null when the table in force on that day has no fee for the type.</summary>
    public async Task<FeeCalculatorResult?> CalculateAsync(CertificateType type, DateOnly on, int copies, string? exemption, CancellationToken cancellationToken = default)
    {
        var table = await settings.GetAsync(CertificateSettingSource.Fees, on, cancellationToken);
        var perCopy = table.FeeFor(type);
        if (exemption is not null)
        {
            return new FeeCalculatorResult(perCopy ?? 0, copies, 0, exemption);
        }

        return perCopy is { } fee ? new FeeCalculatorResult(fee, copies, fee * copies, null) : null;
    }
}
