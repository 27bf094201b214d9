namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>The fields a mapping file can map a legacy column to (see docs/modules/consortium-migration.md).</summary>
public static class LegacyField
{
    public const string LegacyId = "legacyId";
    public const string HouseholdId = "householdId";
    public const string FamilyName = "familyName";
    public const string GivenName = "givenName";
    public const string FamilyNameKana = "familyNameKana";
    public const string GivenNameKana = "givenNameKana";
    public const string FormerFamilyName = "formerFamilyName";
    public const string DateOfBirth = "dateOfBirth";
    public const string Sex = "sex";
    public const string Relationship = "relationship";
    public const string PostalCode = "postalCode";
    public const string Locality = "locality";
    public const string Lot = "lot";
    public const string AddressSupplement = "addressSupplement";
    public const string RegisteredDomicile = "registeredDomicile";
    public const string FamilyRegisterHead = "familyRegisterHead";
    public const string ResidentRecordCode = "residentRecordCode";
    public const string IndividualNumber = "individualNumber";
    public const string EnteredOn = "enteredOn";
    public const string AddressSetOn = "addressSetOn";

    /// <summary>The whole row (broken characters, a household problem).</summary>
    public const string Row = "row";

    public static IReadOnlyList<string> All { get; } =
    [
        LegacyId, HouseholdId, FamilyName, GivenName, FamilyNameKana, GivenNameKana, FormerFamilyName, DateOfBirth, Sex, Relationship,
        PostalCode, Locality, Lot, AddressSupplement, RegisteredDomicile, FamilyRegisterHead, ResidentRecordCode, IndividualNumber, EnteredOn, AddressSetOn,
    ];

    public static IReadOnlyList<string> Required { get; } =
        [LegacyId, HouseholdId, FamilyName, GivenName, FamilyNameKana, GivenNameKana, DateOfBirth, Sex, Relationship, PostalCode, Locality, Lot, EnteredOn];
}
