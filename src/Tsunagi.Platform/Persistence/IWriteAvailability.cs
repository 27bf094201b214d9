namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Consulted by every write path (<see cref="UnitOfWork"/>, <see cref="Auditing.AuditTrail.RecordAsync"/>) before it starts a
/// transaction, so that a read-only or failing database refuses writes at once with a clear message instead of an error or a hang.
/// Implementations cache their answer for a few seconds.
/// </summary>
public interface IWriteAvailability
{
    ValueTask<WriteAvailability> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>A write failed in a way that says the database cannot take writes (see <see cref="WriteFailure.MeansUnavailable"/>).</summary>
    void ReportFailure(WriteAvailability state);
}
