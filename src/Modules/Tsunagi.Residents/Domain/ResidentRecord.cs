namespace Tsunagi.Residents.Domain;

/// <summary>
/// The items of one resident's 住民票 at one point in time (住民基本台帳法 第7条), without 個人番号 (kept
/// encrypted on <see cref="Resident"/> only). Every <see cref="ResidencyChange"/> stores the record as it
/// stands after the change; the state on any date is the record of the last change in force on it.
/// </summary>
public sealed record ResidentRecord(
    PersonName Name,
    string? FormerFamilyName,
    DateOnly DateOfBirth,
    Sex Sex,
    Guid HouseholdId,
    string Relationship,
    Address Address,
    string? RegisteredDomicile,
    string? FamilyRegisterHead,
    string? ResidentRecordCode,
    DateOnly BecameResidentOn,
    DateOnly AddressSetOn,
    string? PreviousAddress,
    ForeignResidentItems? Foreign)
{
    public bool IsHouseholdHead => Relationship == Relationships.Head;
}
