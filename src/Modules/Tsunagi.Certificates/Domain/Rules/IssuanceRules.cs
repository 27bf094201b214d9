namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>Who may get what (住民基本台帳法 第12条・第12条の2・第12条の3). Pure: no I/O.</summary>
public static class IssuanceRules
{
    // Placeholder signature for parallel work; the rules land with feat/cert-extract before issue 4 is closed.
    public static IReadOnlyList<IssuanceRefusal> Check(IssuanceRuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return [];
    }
}
