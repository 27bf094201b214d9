namespace Tsunagi.Residents.Domain;

/// <summary>The new values a 記載事項変更 or 職権修正 asks for; null means "not changed" (生年月日 and 住所 only by 職権修正).</summary>
public sealed record AmendedItems(
    string? FamilyName = null,
    string? GivenName = null,
    string? FamilyNameKana = null,
    string? GivenNameKana = null,
    string? FormerFamilyName = null,
    bool RecordFormerFamilyName = false,
    Sex? Sex = null,
    string? RegisteredDomicile = null,
    string? FamilyRegisterHead = null,
    string? Nationality = null,
    string? StatusOfResidence = null,
    DateOnly? PeriodOfStayEndsOn = null,
    string? ResidenceCardNumber = null,
    DateOnly? DateOfBirth = null,
    Address? Address = null);
