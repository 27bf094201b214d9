namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>An issued certificate: id, number (2026-000123), type, copies and fee (0 when exempt).</summary>
public sealed record CaseCertificateIssued(Guid IssuanceId, string Number, CertificateType Type, int Copies, long FeePerCopy, long Fee);
