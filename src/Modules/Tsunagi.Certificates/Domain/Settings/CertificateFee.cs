using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>One row of the fee table: a document type (by its C# name, as law packages write it) and its fee per copy in yen.</summary>
public sealed record CertificateFee(
    [property: JsonConverter(typeof(JsonStringEnumConverter<CertificateType>))] CertificateType Type,
    [property: Range(0, CertificateFees.MaxFeePerCopy)] long FeePerCopy);
