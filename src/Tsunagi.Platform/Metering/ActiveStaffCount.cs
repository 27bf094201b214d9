using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Metering;

/// <summary>
/// Staff members of the current tenant who signed in on a Tokyo day: the distinct subjects of successful sign-in
/// audit events (password only, or completed with the second factor or a recovery code).
/// </summary>
public sealed class ActiveStaffCount(PlatformDbContext db)
{
    private static readonly string[] SignInActions = ["staff.login", "staff.login.second-factor", "staff.login.recovery-code"];

    /// <summary>Bounds in plain SQL: EF's SQLite provider cannot compare DateTimeOffset columns (see AuditLogSearch).</summary>
    public Task<int> OnAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var start = TokyoTime.StartOfDay(day);
        var end = TokyoTime.StartOfDay(day.AddDays(1));
        return db.AuditEvents.FromSql($"select * from audit_events where occurred_at >= {start} and occurred_at < {end}")
            .Where(e => SignInActions.Contains(e.Action) && e.Outcome == AuditOutcome.Succeeded)
            .Select(e => e.SubjectId)
            .Distinct()
            .CountAsync(cancellationToken);
    }
}
