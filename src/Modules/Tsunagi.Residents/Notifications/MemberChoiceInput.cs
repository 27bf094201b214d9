namespace Tsunagi.Residents.Notifications;

/// <summary>One household member's row on a counter form: who, the version shown, and whether the clerk chose them.</summary>
public sealed class MemberChoiceInput
{
    public string? ResidentId { get; set; }

    public int? Version { get; set; }

    public bool Chosen { get; set; }

    public ResidentVersionInput ToVersion() => new() { ResidentId = ResidentId, Version = Version };
}
