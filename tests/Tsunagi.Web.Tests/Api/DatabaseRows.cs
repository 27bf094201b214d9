using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Tests.Api;

/// <summary>Row counts read with raw SQL (no tenant filter), to prove that a rejected request wrote nothing.</summary>
internal static class DatabaseRows
{
    private static readonly string[] Tables =
    [
        "openiddict_applications", "openiddict_authorizations", "openiddict_scopes", "openiddict_tokens", "audit_events", "audit_chain_heads",
    ];

    public static async Task<IReadOnlyDictionary<string, long>> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
#pragma warning disable EF1002 // table names are constants of this class
            counts[table] = await db.Database.SqlQueryRaw<long>($"select count(*) as \"Value\" from {table}").SingleAsync(TestContext.Current.CancellationToken);
#pragma warning restore EF1002
        }

        return counts;
    }

    /// <summary>The audit events of one tenant, newest first, as (action, subject id, outcome, actor kind, actor id).</summary>
    public static async Task<IReadOnlyList<AuditRow>> AuditEventsAsync(IServiceProvider services, string tenantId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Database.SqlQuery<AuditRow>(
                $"select sequence as Sequence, action as Action, subject_id as SubjectId, outcome as Outcome, actor_kind as ActorKind, actor_id as ActorId from audit_events where tenant_id = {tenantId} order by sequence desc")
            .ToListAsync(TestContext.Current.CancellationToken);
    }
}
