using Tsunagi.Certificates.Features.Payment;

namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>A reason is required (at most 500 characters) to ask for a void and to reject one.</summary>
public static class VoidReasons
{
    public const int MaxLength = 500;

    public static string Check(string? reason, string field)
    {
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new CashRuleException(field, "Cash.Problem.Required." + field);
        }

        return text.Length > MaxLength ? throw new CashRuleException(field, "Cash.Problem.TooLong." + field, MaxLength) : text;
    }
}
