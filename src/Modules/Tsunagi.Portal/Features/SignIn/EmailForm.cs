namespace Tsunagi.Portal.Features.SignIn;

public sealed class EmailForm
{
    public string? Email { get; set; }
}
