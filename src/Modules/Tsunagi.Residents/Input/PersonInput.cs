namespace Tsunagi.Residents.Input;

/// <summary>One person's items as a form or an API request sends them (text, parsed by <see cref="PersonParser"/>).</summary>
public sealed class PersonInput
{
    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyNameKana { get; set; }

    public string? GivenNameKana { get; set; }

    public string? FormerFamilyName { get; set; }

    /// <summary>2025-11-23, R7.11.23, 令和7年11月23日; full-width digits accepted.</summary>
    public string? DateOfBirth { get; set; }

    /// <summary><c>male</c> or <c>female</c> (also 男 / 女, 1 / 2).</summary>
    public string? Sex { get; set; }

    /// <summary>続柄 to the household head, from <c>Relationships.All</c>.</summary>
    public string? Relationship { get; set; }

    public string? RegisteredDomicile { get; set; }

    public string? FamilyRegisterHead { get; set; }

    public string? ResidentRecordCode { get; set; }

    public string? IndividualNumber { get; set; }

    public string? Nationality { get; set; }

    public string? StatusOfResidence { get; set; }

    public string? PeriodOfStayEndsOn { get; set; }

    public string? ResidenceCardNumber { get; set; }

    /// <summary>True when nothing was entered (an unused row of a form).</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(FamilyName) && string.IsNullOrWhiteSpace(GivenName) && string.IsNullOrWhiteSpace(FamilyNameKana)
        && string.IsNullOrWhiteSpace(GivenNameKana) && string.IsNullOrWhiteSpace(DateOfBirth) && string.IsNullOrWhiteSpace(IndividualNumber);
}
