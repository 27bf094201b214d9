namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>The payment page's form: 預かり金 as typed, the form token and the step (confirm, commit, edit).</summary>
public sealed class CasePaymentForm
{
    public const string Confirm = "confirm";
    public const string Commit = "commit";
    public const string Edit = "edit";

    public string? Tendered { get; set; }

    public string? Token { get; set; }

    public string? Step { get; set; }
}
