namespace Tsunagi.Platform.Settings;

/// <summary>
/// One stored version of a setting at one scope, in force from <see cref="EffectiveFrom"/> (typically 4月1日). Rows are
/// only ever added: a correction of the same scope and date is a higher <see cref="Version"/>, and the highest wins.
/// Not tenant-owned: national and prefectural values apply to many tenants (ADR 0014).
/// </summary>
public sealed class SettingValue
{
    public Guid Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public SettingScopeLevel ScopeLevel { get; set; }

    public string ScopeId { get; set; } = string.Empty;

    public DateOnly EffectiveFrom { get; set; }

    public int Version { get; set; }

    public string ValueJson { get; set; } = "{}";

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The staff member who approved it (or the operator who imported a law-revision package).</summary>
    public Guid RecordedBy { get; set; }

    /// <summary>The approved change request, or the imported package, it came from.</summary>
    public Guid? SourceId { get; set; }

    public SettingScope Scope => new(ScopeLevel, ScopeId);
}
