using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Input;

/// <summary>A person's items after parsing; <see cref="IndividualNumber"/> is kept apart from the record.</summary>
public sealed record ParsedPerson(
    PersonName Name,
    string? FormerFamilyName,
    DateOnly DateOfBirth,
    Sex Sex,
    string Relationship,
    string? RegisteredDomicile,
    string? FamilyRegisterHead,
    string? ResidentRecordCode,
    IndividualNumber? IndividualNumber,
    ForeignResidentItems? Foreign);
