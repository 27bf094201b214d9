namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>One unpaid document: its issuance, number, type, copies, fee per copy and amount.</summary>
public sealed record CaseDocumentFee(Guid IssuanceId, string Number, CertificateType Type, int Copies, long FeePerCopy, long Amount);
