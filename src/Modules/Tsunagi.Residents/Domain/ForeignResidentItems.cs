namespace Tsunagi.Residents.Domain;

/// <summary>The items a foreign resident's record adds (住民基本台帳法 第30条の45).</summary>
public sealed record ForeignResidentItems(string Nationality, string StatusOfResidence, DateOnly? PeriodOfStayEndsOn, string? ResidenceCardNumber);
