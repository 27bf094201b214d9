namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>The end of a support measure as the API sends it.</summary>
public sealed class RestrictionEndInput
{
    public string? EndedOn { get; set; }
}
