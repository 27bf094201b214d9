namespace Tsunagi.Portal.Features.MyApplications;

public sealed class SignOutForm
{
    public string? Confirm { get; set; }
}
