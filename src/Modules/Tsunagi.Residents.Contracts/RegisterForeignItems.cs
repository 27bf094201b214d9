namespace Tsunagi.Residents.Contracts;

/// <summary>国籍・地域, 在留資格, 在留期間の満了の日, 在留カード番号 of a foreign resident.</summary>
public sealed record RegisterForeignItems(string Nationality, string StatusOfResidence, DateOnly? PeriodOfStayEndsOn, string? ResidenceCardNumber);
