namespace Tsunagi.Portal.Features.SignIn;

public sealed class CodeForm
{
    public string? Email { get; set; }

    public string? Code { get; set; }
}
