namespace Tsunagi.Residents.Contracts.LegacyImport;

/// <summary>
/// One person of a legacy file, already validated: names exactly as given (旧字体 kept), 続柄 and 性別 mapped,
/// <see cref="EnteredOn"/> the legacy date of entry (becomes the 異動日 of the 職権記載（移行）). 個人番号 comes encrypted
/// with the tenant's key and its blind index, never in clear.
/// </summary>
public sealed record LegacyPerson(
    string LegacyId,
    string FamilyName,
    string GivenName,
    string FamilyNameKana,
    string GivenNameKana,
    string? FormerFamilyName,
    DateOnly DateOfBirth,
    bool IsFemale,
    string Relationship,
    string PostalCode,
    string Locality,
    string Lot,
    string? AddressSupplement,
    string? RegisteredDomicile,
    string? FamilyRegisterHead,
    string? ResidentRecordCode,
    DateOnly EnteredOn,
    DateOnly? AddressSetOn,
    byte[]? IndividualNumberCipher,
    byte[]? IndividualNumberIndex);
