namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>
/// A certificate asked for at the counter with the case's data: the household and/or residents from the register, the
/// visitor the case identified (<see cref="RequesterResidentId"/>; null = the household's head, e.g. just moved in) who asks
/// as 本人 or 同一世帯, the copies, the counter (窓口; null = the first) and the identity document seen at reception.
/// </summary>
public sealed record CaseCertificateRequest(
    CertificateType Type,
    Guid? HouseholdId,
    IReadOnlyList<Guid> ResidentIds,
    Guid? RequesterResidentId,
    int Copies,
    string? Counter,
    string? IdentityDocument);
