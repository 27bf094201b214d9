using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Auditing;

/// <summary>
/// In degraded mode (縮退運転) reads, sign-ins and refusals must still be audited, but the database takes no writes: their events
/// go to <c>TSUNAGI_DATA/audit-spool/pending.jsonl</c> (flushed to disk before the caller goes on) and are appended to their
/// tenants' hash chains, with their original time and actor, once writes are possible again (<see cref="ReplayAsync"/>).
/// </summary>
public sealed class AuditSpool(DatabaseSettings settings)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private string Folder => Path.Combine(settings.DataDirectory, "audit-spool");

    private string PendingFile => Path.Combine(Folder, "pending.jsonl");

    public bool HasPending => File.Exists(PendingFile) && new FileInfo(PendingFile).Length > 0;

    public async Task WriteAsync(SpooledAuditEntry entry, CancellationToken cancellationToken = default)
    {
        var line = JsonSerializer.Serialize(entry) + "\n";
        await Gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            await using var stream = new FileStream(PendingFile, FileMode.Append, FileAccess.Write, FileShare.Read);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line), CancellationToken.None);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Appends the spooled events to their chains, one transaction per tenant; what fails stays spooled for the next round.</summary>
    public async Task<int> ReplayAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (!HasPending)
            {
                return 0;
            }

            var entries = (await File.ReadAllLinesAsync(PendingFile, cancellationToken))
                .Where(l => l.Length > 0)
                .Select(l => JsonSerializer.Deserialize<SpooledAuditEntry>(l)!)
                .ToList();
            var remaining = new List<SpooledAuditEntry>();
            var replayed = 0;
            foreach (var tenant in entries.GroupBy(e => (e.TenantId, e.TenantKind)))
            {
                try
                {
                    await services.InTenantScopeAsync(tenant.Key.TenantId, tenant.Key.TenantKind, async sp =>
                    {
                        var db = sp.GetRequiredService<PlatformDbContext>();
                        var trail = sp.GetRequiredService<AuditTrail>();
                        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                        foreach (var e in tenant)
                        {
                            await trail.AppendAsAsync(e.Entry, e.ActorKind, e.ActorId, e.OccurredAt, cancellationToken);
                        }

                        await db.SaveChangesAsync(CancellationToken.None);
                        await transaction.CommitAsync(CancellationToken.None);
                        return 0;
                    });
                    replayed += tenant.Count();
                }
                catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
                {
                    remaining.AddRange(tenant);
                }
            }

            await File.WriteAllLinesAsync(PendingFile, remaining.Select(e => JsonSerializer.Serialize(e)), CancellationToken.None);
            return replayed;
        }
        finally
        {
            Gate.Release();
        }
    }
}
