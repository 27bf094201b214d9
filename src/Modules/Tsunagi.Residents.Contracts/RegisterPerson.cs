namespace Tsunagi.Residents.Contracts;

/// <summary>
/// One person's 住民票 items as of a day (住民基本台帳法 第7条), exactly as stored (旧字体 kept). 個人番号 is never here:
/// ask <see cref="IRegisterExtract.IndividualNumberAsync"/>. <see cref="AddressLine"/> is the part after the municipality's
/// name (町字, 番地, 方書). <see cref="Removal"/> is set for a 除票.
/// </summary>
public sealed record RegisterPerson(
    Guid ResidentId,
    Guid HouseholdId,
    string FamilyName,
    string GivenName,
    string FamilyNameKana,
    string GivenNameKana,
    string? FormerFamilyName,
    DateOnly DateOfBirth,
    RegisterSex Sex,
    string Relationship,
    string? HouseholdHeadName,
    string PostalCode,
    string AddressLine,
    string? RegisteredDomicile,
    string? FamilyRegisterHead,
    string? ResidentRecordCode,
    DateOnly BecameResidentOn,
    DateOnly AddressSetOn,
    string? PreviousAddress,
    RegisterForeignItems? Foreign,
    RegisterLastChange LastChange,
    RegisterRemoval? Removal,
    bool HasIndividualNumber);
