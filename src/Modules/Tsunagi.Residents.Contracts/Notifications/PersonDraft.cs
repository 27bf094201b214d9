namespace Tsunagi.Residents.Contracts.Notifications;

/// <summary>One person as entered (text), as on the register's forms; 個人番号 is never part of a draft from the portal.</summary>
public sealed record PersonDraft(
    string? FamilyName,
    string? GivenName,
    string? FamilyNameKana,
    string? GivenNameKana,
    string? DateOfBirth,
    string? Sex,
    string? Relationship,
    string? Nationality = null,
    string? RegisteredDomicile = null,
    string? FamilyRegisterHead = null);
