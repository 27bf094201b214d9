using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.MoveOutCertificateExchange;

/// <summary>What a receiving town learns of another member town's 転出証明書: enough to prefill its 転入届.</summary>
public sealed record ExchangedMoveOutCertificate(
    string MunicipalityCode,
    string MunicipalityName,
    string Number,
    DateOnly PlannedMoveOutOn,
    string DestinationAddress,
    IReadOnlyList<ResidentRecord> Records);
