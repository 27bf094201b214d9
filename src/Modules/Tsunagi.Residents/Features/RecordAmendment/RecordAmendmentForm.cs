namespace Tsunagi.Residents.Features.RecordAmendment;

/// <summary>The record amendment page's posted form: the notification, the step (確認 / 修正 / 登録) and the form's idempotency token.</summary>
public sealed class RecordAmendmentForm
{
    public RecordAmendmentInput Notification { get; set; } = new();

    public string? Step { get; set; }

    public string? Token { get; set; }
}
