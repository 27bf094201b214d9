namespace Tsunagi.Counter.Contracts.PreApplications;

/// <summary>
/// Online pre-applications (事前申請) as the counter sees them. Implemented by the residents' portal, which owns them;
/// the counter reads one by its reference (typed or scanned from the QR code) for the current tenant and marks it taken
/// when a clerk opens a case from it. Nothing of a pre-application enters the register until a clerk confirms it there.
/// </summary>
public interface IPreApplications
{
    /// <summary>The pre-application of the current tenant with this reference; null when unknown, expired or already taken.</summary>
    Task<PreApplicationForCounter?> FindAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Marks it as taken by a case (inside the caller's unit of work when one is open); a second call for another case fails.</summary>
    Task MarkTakenAsync(string reference, Guid caseId, CancellationToken cancellationToken = default);
}
