namespace Tsunagi.Counter.Features.Reception;

/// <summary>One member of the household as declared at reception, for the procedure suggestions (text as typed).</summary>
public sealed class HouseholdMemberInput
{
    /// <summary>続柄 (世帯主, 妻, 子 …).</summary>
    public string? Relationship { get; set; }

    /// <summary>2025-11-23, R7.11.23, 令和7年11月23日.</summary>
    public string? DateOfBirth { get; set; }

    /// <summary>Whom the event is about (the newborn, the deceased, the persons moving).</summary>
    public bool IsSubject { get; set; }

    public bool IsForeignResident { get; set; }

    /// <summary>national, employee, late-stage-elderly, public-assistance or empty (unknown).</summary>
    public string? Insurance { get; set; }
}
