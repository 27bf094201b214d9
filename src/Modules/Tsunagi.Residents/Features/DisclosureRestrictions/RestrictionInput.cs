namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>A 支援措置 request as typed: the period (終了日 defaults to one year), what it restricts and the request's type.</summary>
public sealed class RestrictionInput
{
    public string? StartsOn { get; set; }

    /// <summary>Empty: one year from the start (支援措置 run a year at a time).</summary>
    public string? EndsOn { get; set; }

    /// <summary><c>address</c>, <c>certificates</c> or <c>all</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>DV, ストーカー, 児童虐待 … (the request's type, not its story).</summary>
    public string? Reason { get; set; }
}
