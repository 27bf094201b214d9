using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Content;

/// <summary>What <see cref="CertificateContentFactory"/> builds a certificate from (persons in print order, at least one).</summary>
public sealed record CertificateContentSource(
    CertificateType Type,
    string MunicipalityName,
    string Number,
    string VerificationCode,
    string VerificationUrl,
    DateOnly IssuedOn,
    DateOnly? AsOf,
    CertificatePrintedItems Items,
    IReadOnlyList<RegisterPerson> Persons,
    IReadOnlyDictionary<Guid, string> IndividualNumbers,
    RegisterMoveOut? MoveOut,
    IReadOnlyList<string> CertifiedItems,
    CertificatePrintSettings Settings);
