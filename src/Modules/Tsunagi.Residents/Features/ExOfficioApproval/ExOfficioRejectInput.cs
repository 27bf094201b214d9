namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>A rejection as an API client sends it: why (required).</summary>
public sealed class ExOfficioRejectInput
{
    public string? Reason { get; set; }
}
