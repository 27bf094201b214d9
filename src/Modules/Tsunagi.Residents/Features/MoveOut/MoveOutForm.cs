namespace Tsunagi.Residents.Features.MoveOut;

/// <summary>The move-out page's posted form: every registered member as a row (chosen or not), the step and the form's idempotency token.</summary>
public sealed class MoveOutForm
{
    public MoveOutFormInput Notification { get; set; } = new();

    /// <summary><c>confirm</c>, <c>edit</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }

    public string? Token { get; set; }
}
