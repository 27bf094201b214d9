namespace Tsunagi.Certificates.Features.Issue;

/// <summary>Who asks: type by API name (self, same-household, agent, third-party, official) and what the counter saw.</summary>
public sealed class IssueRequesterInput
{
    public string? Type { get; set; }

    public string? Name { get; set; }

    /// <summary>The requester's own record when they are a resident here (本人, 同一世帯).</summary>
    public Guid? ResidentId { get; set; }

    public bool PowerOfAttorney { get; set; }

    public string? Reason { get; set; }

    public string? Agency { get; set; }

    public string? IdentityDocument { get; set; }
}
