namespace Tsunagi.Residents.Features.MoveOutCertificateExchange;

/// <summary>A 転出証明書 the sending town has marked used by this town: its id there and the sending town's code.</summary>
public sealed record UsedMoveOutCertificate(Guid CertificateId, string MunicipalityCode);
