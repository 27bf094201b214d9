using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>One legacy row after parsing: every item the register needs, 個人番号 still in clear (encrypted when staged).</summary>
public sealed record LegacyRow(
    int Row,
    string LegacyId,
    string HouseholdId,
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
    IndividualNumber? IndividualNumber,
    DateOnly EnteredOn,
    DateOnly? AddressSetOn);
