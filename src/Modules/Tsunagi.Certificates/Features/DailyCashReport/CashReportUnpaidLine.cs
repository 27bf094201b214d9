using System.Text.Json.Serialization;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Features.FeeSchedule;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>An issuance of that day whose fee has not been collected (未収).</summary>
public sealed record CashReportUnpaidLine(Guid IssuanceId, string Number, [property: JsonIgnore] CertificateType Type, int Copies, long Fee)
{
    /// <summary>The type's API name (resident-copy-household …).</summary>
    [JsonPropertyName("type")]
    public string TypeName => CertificateTypeNames.NameOf(Type);
}
