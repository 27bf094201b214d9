namespace Tsunagi.Residents.Features.Relocation;

/// <summary>The relocation page's posted form: the notification, the step (確認 / 修正 / 登録 / 住所を補完) and the form's idempotency token.</summary>
public sealed class RelocationForm
{
    public RelocationFormInput Notification { get; set; } = new();

    public string? Step { get; set; }

    public string? Token { get; set; }
}
