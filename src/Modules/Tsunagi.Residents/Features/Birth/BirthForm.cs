namespace Tsunagi.Residents.Features.Birth;

/// <summary>The birth page's posted form: the notification as the API takes it, the step (確認 / 修正 / 登録) and the form's idempotency token.</summary>
public sealed class BirthForm
{
    public BirthInput Notification { get; set; } = new();

    public string? Step { get; set; }

    public string? Token { get; set; }
}
