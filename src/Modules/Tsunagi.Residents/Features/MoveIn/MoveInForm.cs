namespace Tsunagi.Residents.Features.MoveIn;

/// <summary>The move-in page's posted form: the notification, the step (確認 / 修正 / 登録) and the form's idempotency token.</summary>
public sealed class MoveInForm
{
    public MoveInInput Notification { get; set; } = new();

    /// <summary><c>confirm</c>, <c>edit</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }

    /// <summary>Made when the form is first shown: a double submit of 登録 registers once.</summary>
    public string? Token { get; set; }
}
