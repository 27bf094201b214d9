namespace Tsunagi.Residents.Domain;

/// <summary>Names of a record's items in events, results and audit: what changed, never the values.</summary>
public static class RecordItems
{
    public const string Name = "name";
    public const string NameKana = "nameKana";
    public const string FormerFamilyName = "formerFamilyName";
    public const string DateOfBirth = "dateOfBirth";
    public const string Sex = "sex";
    public const string Address = "address";
    public const string RegisteredDomicile = "registeredDomicile";
    public const string FamilyRegisterHead = "familyRegisterHead";
    public const string Nationality = "nationality";
    public const string StatusOfResidence = "statusOfResidence";
    public const string PeriodOfStay = "periodOfStay";
    public const string ResidenceCardNumber = "residenceCardNumber";
}
