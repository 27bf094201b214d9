namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>The rejection form: the required reason and the form's idempotency token.</summary>
public sealed class RejectForm
{
    public string? DecisionReason { get; set; }

    public string? Token { get; set; }
}
