namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>The posted 終了 of one measure: which, from when, and the step (確認 then 終了).</summary>
public sealed class RestrictionEndForm
{
    public Guid RestrictionId { get; set; }

    public string? EndedOn { get; set; }

    /// <summary><c>confirm</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }
}
