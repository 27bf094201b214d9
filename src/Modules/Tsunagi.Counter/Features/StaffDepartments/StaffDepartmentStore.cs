using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Features.StaffDepartments;

/// <summary>Which departments each staff member of the municipality belongs to; an assignment replaces the member's list, audited.</summary>
public sealed class StaffDepartmentStore(CounterDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time, IAuditActor actor, ITenantContext tenant, CatalogueDepartments catalogue)
{
    public async Task<IReadOnlyList<string>> DepartmentsOfAsync(Guid staffId, CancellationToken cancellationToken = default) =>
        await db.StaffDepartments.AsNoTracking().Where(d => d.StaffId == staffId).OrderBy(d => d.Department).Select(d => d.Department).ToListAsync(cancellationToken);

    /// <summary>The departments of the signed-in staff member (none for an API client).</summary>
    public Task<IReadOnlyList<string>> MineAsync(CancellationToken cancellationToken = default) =>
        actor.Kind == AuditActorKind.StaffMember ? DepartmentsOfAsync(SettingChangeActor.IdOf(actor), cancellationToken) : Task.FromResult<IReadOnlyList<string>>([]);

    public async Task<ILookup<Guid, string>> AllAsync(CancellationToken cancellationToken = default) =>
        (await db.StaffDepartments.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(d => d.StaffId, d => d.Department);

    public async Task AssignAsync(Guid staffId, IReadOnlyCollection<string> departments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var known = await catalogue.ListAsync(cancellationToken);
        var unknown = departments.Where(d => !known.Contains(d, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new CaseRuleException("departments", "担当課：手続一覧にない担当課は選択できません。", "Departments: choose departments of the procedure catalogue.");
        }

        await unitOfWork.RunAsync(db, async ct =>
        {
            var current = await db.StaffDepartments.Where(d => d.StaffId == staffId).ToListAsync(ct);
            db.StaffDepartments.RemoveRange(current.Where(d => !departments.Contains(d.Department)));
            var now = time.GetUtcNow();
            foreach (var department in departments.Where(d => current.All(c => c.Department != d)))
            {
                db.StaffDepartments.Add(new StaffDepartment { TenantId = tenant.TenantId, StaffId = staffId, Department = department, AssignedAt = now, AssignedBy = SettingChangeActor.IdOf(actor) });
            }

            await audit.AppendAsync(new AuditEntry("counter.staff-departments-assigned", "staff-member", staffId.ToString()), ct);
            return 0;
        }, cancellationToken);
    }
}
