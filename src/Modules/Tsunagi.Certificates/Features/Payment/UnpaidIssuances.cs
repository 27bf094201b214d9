namespace Tsunagi.Certificates.Features.Payment;

/// <summary>The payment page's choice: the counter shown, the counters with unpaid issuances today, and that counter's unpaid issuances.</summary>
public sealed record UnpaidIssuances(string? Counter, IReadOnlyList<string> Counters, IReadOnlyList<UnpaidIssuance> Items);
