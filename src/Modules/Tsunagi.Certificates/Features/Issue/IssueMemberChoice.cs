namespace Tsunagi.Certificates.Features.Issue;

/// <summary>One household member's row on the issuance form: its id (hidden) and whether the certificate prints it.</summary>
public sealed class IssueMemberChoice
{
    public string? ResidentId { get; set; }

    public bool Chosen { get; set; }
}
