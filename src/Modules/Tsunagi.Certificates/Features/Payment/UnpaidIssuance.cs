using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>An issued certificate whose fee has not been collected yet (未収).</summary>
public sealed record UnpaidIssuance(Guid Id, string Number, CertificateType Type, int Copies, long FeePerCopy, long FeeTotal, string Counter, DateOnly IssuedOn);
