namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>The household change page's posted form: the notification, the step (表示 / 確認 / 修正 / 登録) and the form's idempotency token.</summary>
public sealed class HouseholdChangeForm
{
    public HouseholdChangeInput Notification { get; set; } = new();

    public string? Step { get; set; }

    public string? Token { get; set; }
}
