namespace Tsunagi.Residents.Notifications;

/// <summary>No household with that id in this municipality (another tenant's id included): the API answers 404.</summary>
public sealed class HouseholdNotFoundException() : Exception("The household was not found.");
