using Npgsql;
using Tsunagi.Continuity.Drill;
using Tsunagi.Web.Drill;

namespace Tsunagi.Continuity.Tests.Standby;

/// <summary>
/// A primary and its synchronous hot standby built by deploy/postgres, the application installed on the primary (with
/// one 転入 in 大槌町 by the drill's warm-up), and a host whose connection points at the read-only standby.
/// </summary>
public sealed class HotStandbyDeployment : IAsyncLifetime
{
    private readonly DrillOptions _options = new(DeployScripts.FindDirectory(), "/tmp/tsunagi-standby-54357", 54357, 54358, 2, TimeSpan.Zero, AsynchronousControl: false);
    private MoveInDrillWorkload? _workload;

    public StandbyFactory Host { get; private set; } = null!;

    public Guid ResidentId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var cluster = new DrillCluster(_options);
        await cluster.RunScriptAsync("stop.sh", "--destroy", "--yes");
        await cluster.RunScriptAsync("primary.sh");
        await cluster.RunScriptAsync("standby.sh");
        _workload = new MoveInDrillWorkload(_options.ClusterDirectory + "-app", TimeProvider.System);
        await _workload.PrepareAsync(cluster.NodeConnectionString(_options.PortSiteA, "postgres"), CancellationToken.None);
        await cluster.WaitForStandbyReplayAsync(CancellationToken.None);

        await using (var standby = NpgsqlDataSource.Create(cluster.NodeConnectionString(_options.PortSiteB, DrillApplication.Database)))
        await using (var query = standby.CreateCommand("select id from residents where tenant_id = '034614' limit 1"))
        {
            ResidentId = (Guid)(await query.ExecuteScalarAsync())!;
        }

        Host = new StandbyFactory(_workload.Application.Settings(cluster.NodeConnectionString(_options.PortSiteB, "postgres")));
        await Host.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_workload is not null)
        {
            await _workload.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await new DrillCluster(_options).RunScriptAsync("stop.sh", "--destroy", "--yes");
    }
}
