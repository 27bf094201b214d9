using System.Text.Json.Serialization;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Features.FeeSchedule;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>Documents of one type issued that day: how many issuances, copies and the fees charged for them.</summary>
public sealed record CashReportDocumentLine([property: JsonIgnore] CertificateType Type, int Count, int Copies, long Fees)
{
    /// <summary>The type's API name (resident-copy-household …).</summary>
    [JsonPropertyName("type")]
    public string TypeName => CertificateTypeNames.NameOf(Type);
}
