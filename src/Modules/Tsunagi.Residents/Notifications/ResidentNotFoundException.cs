namespace Tsunagi.Residents.Notifications;

/// <summary>No resident with that id in this municipality (another tenant's id included): the API answers 404.</summary>
public sealed class ResidentNotFoundException() : Exception("The resident was not found.");
