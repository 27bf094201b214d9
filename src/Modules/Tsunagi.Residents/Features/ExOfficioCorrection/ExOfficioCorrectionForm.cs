namespace Tsunagi.Residents.Features.ExOfficioCorrection;

/// <summary>The correction page's posted form: the request, the step (確認 / 修正 / 依頼) and the form's idempotency token.</summary>
public sealed class ExOfficioCorrectionForm
{
    public ExOfficioCorrectionInput Request { get; set; } = new();

    public string? Step { get; set; }

    public string? Token { get; set; }
}
