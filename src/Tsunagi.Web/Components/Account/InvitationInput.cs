namespace Tsunagi.Web.Components.Account;

public sealed class InvitationInput
{
    public string? DisplayName { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? PasswordConfirm { get; set; }
}
