namespace Tsunagi.Residents.Features.ExOfficioRemoval;

/// <summary>A 職権消除 as staff prepare it (e.g. a person found not living at the address): the 異動日 and the required reason.</summary>
public sealed class ExOfficioRemovalInput
{
    public Guid? ResidentId { get; set; }

    public int? Version { get; set; }

    public string? EffectiveOn { get; set; }

    public string? Reason { get; set; }
}
