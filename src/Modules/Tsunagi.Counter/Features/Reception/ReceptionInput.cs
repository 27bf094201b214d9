namespace Tsunagi.Counter.Features.Reception;

/// <summary>Reception as the clerk's form or an API client sends it (<c>POST /api/v1/counter/cases</c>).</summary>
public sealed class ReceptionInput
{
    /// <summary>Counter area code (default 「A」 = 1階 総合窓口).</summary>
    public string? Area { get; set; }

    /// <summary>move-in, move-out, relocation, birth, death, marriage, divorce, household-change, certificates-only (or 転入 …).</summary>
    public string? LifeEvent { get; set; }

    /// <summary>The day of the event (異動日); today when empty.</summary>
    public string? EventDate { get; set; }

    /// <summary>individual-number-card, drivers-licence, residence-card, passport, other.</summary>
    public string? IdentityDocument { get; set; }

    /// <summary>The document's number: only its last 4 characters are kept.</summary>
    public string? IdentityNumber { get; set; }

    /// <summary>The visitor matched in the register (from the register search), or empty with <see cref="NewResident"/>.</summary>
    public Guid? ResidentId { get; set; }

    /// <summary>Not in the register yet (転入 and the like): 「新規」.</summary>
    public bool NewResident { get; set; }

    /// <summary>The reference of an online pre-application (typed or scanned from its QR code).</summary>
    public string? PreApplicationReference { get; set; }

    public bool FromAbroad { get; set; }

    /// <summary>The household for the suggestions; when empty, taken from the pre-application or the register.</summary>
    public IList<HouseholdMemberInput> Household { get; set; } = [];
}
