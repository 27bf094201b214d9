namespace Tsunagi.Portal.Features.MyApplications;

public sealed class WithdrawForm
{
    /// <summary><c>confirm</c> shows the 確認 step; <c>commit</c> withdraws.</summary>
    public string? Step { get; set; }
}
