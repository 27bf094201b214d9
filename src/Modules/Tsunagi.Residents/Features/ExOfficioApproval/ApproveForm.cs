namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>The approval form: the step (確認 / 承認) and the form's idempotency token.</summary>
public sealed class ApproveForm
{
    public string? Step { get; set; }

    public string? Token { get; set; }
}
