using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>One document paid for on a receipt: type, certificate number, copies, fee per copy and amount.</summary>
public sealed record ReceiptLine(Guid IssuanceId, CertificateType Type, string IssuanceNumber, int Copies, long FeePerCopy, long Amount, bool Voided);
