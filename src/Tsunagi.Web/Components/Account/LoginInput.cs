namespace Tsunagi.Web.Components.Account;

public sealed class LoginInput
{
    public string? TenantId { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
