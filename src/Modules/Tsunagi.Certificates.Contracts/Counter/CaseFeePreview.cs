namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>The fee a certificate would cost today (the fee table in force in the town): per copy and for the copies asked.</summary>
public sealed record CaseFeePreview(CertificateType Type, int Copies, long FeePerCopy, long Fee);
