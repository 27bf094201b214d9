namespace Tsunagi.Residents.Contracts.Notifications;

/// <summary>An address in the municipality as entered: 郵便番号, 町字, 番地, 方書.</summary>
public sealed record AddressDraft(string? PostalCode, string? Locality, string? Lot, string? AddressSupplement);
