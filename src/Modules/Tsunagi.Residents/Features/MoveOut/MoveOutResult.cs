namespace Tsunagi.Residents.Features.MoveOut;

/// <summary>The removed residents and the 転出証明書 issued for them.</summary>
public sealed record MoveOutResult(Guid HouseholdId, IReadOnlyList<Guid> ResidentIds, Guid CertificateId, string CertificateNumber, bool LateNotification);
