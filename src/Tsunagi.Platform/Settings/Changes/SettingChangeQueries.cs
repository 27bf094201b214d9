using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Settings.Changes;

/// <summary>
/// The change requests this tenant governs (see <see cref="SettingScopePolicy"/>), for the request pages and the API. Ordered
/// by id (version 7, so by time): SQLite cannot order by a <see cref="DateTimeOffset"/>.
/// </summary>
public sealed class SettingChangeQueries(PlatformDbContext db, ITenantContext tenant)
{
    public async Task<IReadOnlyList<SettingChangeRequest>> PendingAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        await db.SettingChangeRequests.AsNoTracking().VisibleTo(tenant)
            .Where(r => r.Status == SettingChangeStatus.Pending)
            .OrderBy(r => r.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);

    public Task<int> PendingCountAsync(CancellationToken cancellationToken = default) =>
        db.SettingChangeRequests.VisibleTo(tenant).CountAsync(r => r.Status == SettingChangeStatus.Pending, cancellationToken);

    public Task<SettingChangeRequest?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.SettingChangeRequests.AsNoTracking().VisibleTo(tenant).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Every request of one key this tenant governs, newest first (the history page).</summary>
    public async Task<IReadOnlyList<SettingChangeRequest>> ForKeyAsync(string key, CancellationToken cancellationToken = default) =>
        await db.SettingChangeRequests.AsNoTracking().VisibleTo(tenant)
            .Where(r => r.Key == key)
            .OrderByDescending(r => r.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
}
