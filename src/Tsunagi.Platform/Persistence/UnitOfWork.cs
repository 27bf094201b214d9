using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tsunagi.Platform.Auditing;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// One transaction for a module's change and the platform rows that go with it (audit events, outbox
/// messages, idempotency records): all commit or none. The module context shares the platform context's
/// connection (see <see cref="ModuleDatabaseRegistration"/>), so this is one database transaction.
/// <para>
/// A write that loses a race (another writer extended the tenant's audit chain, or changed the same row) is
/// run again from the start on fresh state, so the work must only read and change tracked entities, never
/// act outside the database. Once <c>SaveChanges</c> starts nothing is cancelled: a cancelled commit can be
/// acknowledged on the primary but not on the synchronous standby, so the outcome would be unknown.
/// </para>
/// <para>
/// Audit events appended during the work are linked into the tenant's chain only after the module's rows are saved,
/// right before the commit (<see cref="AuditTrail"/>): on PostgreSQL the chain head stays locked from then until the
/// commit, so concurrent writers of one town serialise on three statements instead of on the whole unit.
/// </para>
/// </summary>
public sealed class UnitOfWork(PlatformDbContext platform, IWriteAvailability availability, AuditTrail audit)
{
    private const int MaxAttempts = 5;
    private readonly List<Action> _afterCommit = [];

    /// <summary>
    /// Runs <paramref name="action"/> once the current attempt commits (usage metering): never for an attempt that is
    /// retried, refused or failed. It must not throw; an exception is swallowed so it cannot turn a commit into an error.
    /// </summary>
    public void OnCommitted(Action action) => _afterCommit.Add(action);

    public async Task<T> RunAsync<T>(DbContext module, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(work);
        if (await availability.CurrentAsync(cancellationToken) is var state and not WriteAvailability.Available)
        {
            throw new WritesUnavailableException(state);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await module.Database.BeginTransactionAsync(cancellationToken);
            SynchronousReplicationNotices.TakeWarning(module.Database.GetDbConnection());
            await platform.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
            audit.DeferLinking();
            _afterCommit.Clear();
            try
            {
                var result = await work(cancellationToken);
                await module.SaveChangesAsync(CancellationToken.None);
                await audit.LinkDeferredAsync(CancellationToken.None);
                await platform.SaveChangesAsync(CancellationToken.None);
                await CommitAsync(transaction, module.Database.GetDbConnection());
                module.ChangeTracker.AcceptAllChanges();
                RunAfterCommit();
                return result;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && WriteFailure.MeansUnavailable(ex) is null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                module.ChangeTracker.Clear();
                platform.ChangeTracker.Clear();
            }
            catch (Exception ex)
            {
                // Nothing of a refused or failed change may linger in the scope to be saved by a later call.
                module.ChangeTracker.Clear();
                platform.ChangeTracker.Clear();
                if (WriteFailure.MeansUnavailable(ex) is { } unavailable)
                {
                    availability.ReportFailure(unavailable);
                    if (WriteFailure.NothingSaved(ex))
                    {
                        throw new WritesUnavailableException(unavailable, ex);
                    }
                }

                throw;
            }
            finally
            {
                audit.StopDeferring();
                await platform.Database.UseTransactionAsync(null, CancellationToken.None);
            }
        }
    }

    private void RunAfterCommit()
    {
        foreach (var action in _afterCommit)
        {
            try
            {
                action();
            }
            catch (Exception)
            {
                // Bookkeeping after the fact; the change itself is committed.
            }
        }

        _afterCommit.Clear();
    }

    /// <summary>
    /// Commits, then refuses to call it a success when the server stopped waiting for the synchronous standby
    /// (Npgsql reports that commit as successful). A connection lost during COMMIT is also of unknown outcome;
    /// a server error is a definite failure (nothing was committed) unless it ended the session (57P…, 08…).
    /// </summary>
    private static async Task CommitAsync(IDbContextTransaction transaction, System.Data.Common.DbConnection connection)
    {
        try
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex) when (IsOutcomeUnknown(ex))
        {
            throw CommitOutcomeUnknownException.After(ex);
        }

        if (SynchronousReplicationNotices.TakeWarning(connection))
        {
            throw CommitOutcomeUnknownException.After(null);
        }
    }

    private static bool IsOutcomeUnknown(Exception ex) => ex switch
    {
        Npgsql.PostgresException pg => pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        System.Data.Common.DbException or IOException or TimeoutException => true,
        _ => false,
    };
}
