namespace Tsunagi.Residents.Features.ExOfficioRemoval;

/// <summary>The removal page's posted form: the request, the step (確認 / 修正 / 依頼) and the form's idempotency token.</summary>
public sealed class ExOfficioRemovalForm
{
    public ExOfficioRemovalInput Request { get; set; } = new();

    public string? Step { get; set; }

    public string? Token { get; set; }
}
