namespace Tsunagi.Certificates.Features.Payment;

/// <summary>The idempotency token a form carries from first display to commit: a double submit changes things once.</summary>
public static class FormTokens
{
    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return "form-" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
    }
}
