using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.CostSharing.Summary;
using Tsunagi.Consortium.Features.Usage;
using Tsunagi.Platform.Health;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Consortium.Features.OperatorDashboard;

/// <summary>Members with their state and this month's usage, the current 年度's cost shares, whether the database answers, and the continuity health.</summary>
public sealed class OperatorDashboardQuery(MemberUsageQuery members, CostShareSummaryQuery costShares, PlatformDbContext db, IServiceProvider services, TimeProvider time)
{
    public async Task<OperatorOverview> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = TokyoTime.Today(time);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var reachable = await ReachableAsync(cancellationToken);
        var rows = reachable ? await members.RunAsync(await members.MembersAsync(cancellationToken), monthStart, today, cancellationToken) : [];
        var shares = reachable ? await costShares.RunAsync(cancellationToken: cancellationToken) : null;
        return new OperatorOverview(rows, monthStart, today, reachable, reachable ? await HealthAsync(cancellationToken) : null, shares);
    }

    private async Task<bool> ReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (DbException)
        {
            return false;
        }
    }

    private async Task<OperatorHealth?> HealthAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IOperatorHealthSource>() is not { } source)
        {
            return null;
        }

        try
        {
            return await source.ReadAsync(cancellationToken);
        }
        catch (DbException)
        {
            return null;
        }
    }
}
