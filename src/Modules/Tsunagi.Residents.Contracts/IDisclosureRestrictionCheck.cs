namespace Tsunagi.Residents.Contracts;

/// <summary>
/// Asked by other modules (certificates) before issuing anything about a resident: under an active
/// 支援措置 only the protected person may receive it. The check itself is audited.
/// </summary>
public interface IDisclosureRestrictionCheck
{
    /// <param name="residentId">The person the document is about.</param>
    /// <param name="requesterResidentId">The requester when they are a resident of this municipality; null for anyone else.</param>
    /// <param name="on">The day of issuance.</param>
    Task<bool> IsIssuanceBlockedAsync(Guid residentId, Guid? requesterResidentId, DateOnly on, CancellationToken cancellationToken = default);
}
