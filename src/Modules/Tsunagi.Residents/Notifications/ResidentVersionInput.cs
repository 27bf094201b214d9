namespace Tsunagi.Residents.Notifications;

/// <summary>A resident a notification changes, with the <c>Version</c> the form or client last saw.</summary>
public sealed class ResidentVersionInput
{
    public string? ResidentId { get; set; }

    public int? Version { get; set; }
}
