using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Portal.Features.PreApplications.Forms;

/// <summary>One household member as the resident types it (text; the register parses it when a clerk confirms).</summary>
public sealed class PersonForm
{
    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyNameKana { get; set; }

    public string? GivenNameKana { get; set; }

    public string? DateOfBirth { get; set; }

    public string? Sex { get; set; }

    public string? Relationship { get; set; }

    public string? Nationality { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(FamilyName) && string.IsNullOrWhiteSpace(GivenName) && string.IsNullOrWhiteSpace(FamilyNameKana)
        && string.IsNullOrWhiteSpace(GivenNameKana) && string.IsNullOrWhiteSpace(DateOfBirth);

    public PersonDraft ToDraft() =>
        new(Trim(FamilyName), Trim(GivenName), Trim(FamilyNameKana), Trim(GivenNameKana), Trim(DateOfBirth), Trim(Sex), Trim(Relationship), Trim(Nationality));

    internal static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
