namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>The fee page's posted form: the change and the step (確認 / 修正 / 申請).</summary>
public sealed class FeeScheduleForm
{
    public FeeEntryInput Entry { get; set; } = new();

    /// <summary><c>confirm</c>, <c>edit</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }
}
