namespace Tsunagi.Certificates.Content;

/// <summary>
/// One person's block on a certificate, values exactly as stored (旧字体 kept). Dates are <see cref="DateOnly"/>; the
/// renderer prints them in 和暦 with full-width digits. <see cref="IndividualNumber"/> is null unless printed and is
/// never stored with the issuance. <see cref="RemovalReason"/> (「転出」「死亡」「職権消除」) and its dates are set on a 除票.
/// </summary>
public sealed record CertificatePerson(
    string FamilyName,
    string GivenName,
    string FamilyNameKana,
    string GivenNameKana,
    string? FormerFamilyName,
    DateOnly DateOfBirth,
    string Sex,
    string? Relationship,
    string? RegisteredDomicile,
    string? FamilyRegisterHead,
    string? ResidentRecordCode,
    string? IndividualNumber,
    DateOnly BecameResidentOn,
    DateOnly AddressSetOn,
    string? PreviousAddress,
    string LastChangeReason,
    DateOnly LastChangeOn,
    DateOnly LastNotifiedOn,
    string? Nationality,
    string? StatusOfResidence,
    DateOnly? PeriodOfStayEndsOn,
    string? ResidenceCardNumber,
    string? RemovalReason,
    DateOnly? RemovedOn,
    DateOnly? RemovalNotifiedOn);
