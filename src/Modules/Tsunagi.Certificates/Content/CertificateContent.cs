using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Content;

/// <summary>
/// Everything one certificate prints, decided before rendering: the renderer lays it out and adds nothing but layout.
/// Its canonical JSON without <see cref="CertificatePerson.IndividualNumber"/> is stored on the issuance for reprints, and
/// its SHA-256 is the content hash the verification page shows. <see cref="MunicipalityName"/> includes the prefecture
/// (「宮城県南三陸町」); <see cref="AsOf"/> is set when the register is shown as of a past day.
/// </summary>
public sealed record CertificateContent(
    CertificateType Type,
    string MunicipalityName,
    string CertificateNumber,
    string VerificationCode,
    string VerificationUrl,
    DateOnly IssuedOn,
    DateOnly? AsOf,
    CertificatePrintedItems Items,
    IReadOnlyList<CertificatePerson> Persons,
    string? HouseholdHeadName,
    string? Address,
    string? MoveOutDestination,
    DateOnly? PlannedMoveOutOn,
    IReadOnlyList<string> CertifiedItems,
    string CertificationStatement,
    string MayorTitle,
    string MayorName,
    byte[]? SealPng,
    bool IsReprint);
