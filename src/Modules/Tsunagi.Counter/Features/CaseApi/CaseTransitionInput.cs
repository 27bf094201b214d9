namespace Tsunagi.Counter.Features.CaseApi;

/// <summary>The case's version as last read (optional): a newer one refuses the change (409).</summary>
public sealed class CaseTransitionInput
{
    public int? Version { get; set; }
}
