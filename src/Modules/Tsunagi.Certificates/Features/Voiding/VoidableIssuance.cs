using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>The certificate a void request is about, as the request page shows it.</summary>
public sealed record VoidableIssuance(Guid Id, string Number, CertificateType Type, DateOnly IssuedOn, long FeeTotal, bool Paid, bool Voided, bool Pending);
