namespace Tsunagi.Web.Components.Account;

public sealed class SecondFactorInput
{
    public string? Code { get; set; }
}
