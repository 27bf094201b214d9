namespace Tsunagi.Certificates.Features.Payment;

/// <summary>The payment page's posted form (the chosen issuances are posted as repeated <c>IssuanceId</c> fields).</summary>
public sealed class PaymentForm
{
    public string? Tendered { get; set; }

    public string? Counter { get; set; }

    /// <summary><c>confirm</c>, <c>edit</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }

    public string? Token { get; set; }
}
