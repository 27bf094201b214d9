namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>The fee page's posted form: the entry, the step (確認 / 修正 / 登録) and the form's idempotency token.</summary>
public sealed class FeeScheduleForm
{
    public FeeEntryInput Entry { get; set; } = new();

    /// <summary><c>confirm</c>, <c>edit</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }

    public string? Token { get; set; }
}
