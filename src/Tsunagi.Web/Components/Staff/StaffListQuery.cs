using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Components.Staff;

/// <summary>A page of the signed-in tenant's staff members by user name; the tenant filter keeps other tenants' staff out.</summary>
public sealed class StaffListQuery(PlatformDbContext db, AuditTrail audit, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<StaffListResult> RunAsync(int requestedPage, CancellationToken cancellationToken = default)
    {
        var total = await db.Users.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(requestedPage, 1, pageCount);
        var members = await db.Users.AsNoTracking()
            .OrderBy(u => u.NormalizedUserName)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.TwoFactorEnabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var roles = await (
                from membership in db.UserRoles.AsNoTracking()
                join role in db.Roles.AsNoTracking() on membership.RoleId equals role.Id
                where ids.Contains(membership.UserId)
                select new { membership.UserId, role.Name })
            .ToListAsync(cancellationToken);
        // Staff names are employees' personal data: viewing the list is recorded like any other read.
        await audit.RecordAsync(new AuditEntry("staff.list", "staff", $"page-{page}"), cancellationToken);
        var now = time.GetUtcNow();
        var rows = members.Select(m => new StaffListRow(
                m.Id,
                m.UserName ?? string.Empty,
                m.DisplayName,
                roles.Where(r => r.UserId == m.Id).Select(r => r.Name ?? string.Empty).Order(StringComparer.Ordinal).ToList(),
                m.TwoFactorEnabled,
                m.LockoutEnd > now ? m.LockoutEnd : null))
            .ToList();
        return new StaffListResult(rows, total, page, pageCount);
    }
}
