namespace Tsunagi.Platform.Settings;

/// <summary>
/// A proposed new value of one setting at one scope and date, waiting for a second administrator. The old value is
/// kept so the approver sees the difference; approving appends a <see cref="SettingValue"/>.
/// </summary>
public sealed class SettingChangeRequest
{
    public Guid Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public SettingScopeLevel ScopeLevel { get; set; }

    public string ScopeId { get; set; } = string.Empty;

    public DateOnly EffectiveFrom { get; set; }

    public string ProposedJson { get; set; } = "{}";

    /// <summary>The value in force at <see cref="EffectiveFrom"/> when the request was made (for the diff).</summary>
    public string PreviousJson { get; set; } = "{}";

    public string Reason { get; set; } = string.Empty;

    /// <summary>The tenant the requester signed in to (a municipality, or the consortium for national and prefectural values).</summary>
    public string RequestedInTenant { get; set; } = string.Empty;

    public Guid RequestedBy { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public SettingChangeStatus Status { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionNote { get; set; }

    public SettingScope Scope => new(ScopeLevel, ScopeId);
}
