using Tsunagi.Platform.Messaging;

namespace Tsunagi.Certificates.Contracts;

/// <summary>A certificate issued at the counter or through the API (for metering and the one-stop counter).</summary>
public sealed record CertificateIssued(Guid IssuanceId, CertificateType Type, int Copies, long Fee) : IIntegrationEvent;
