using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Tsunagi.Continuity.Drill;
using Tsunagi.Platform.Persistence;
using Tsunagi.Testing;

namespace Tsunagi.Continuity.Tests.Infrastructure;

/// <summary>
/// The real host on a primary built by deploy/postgres (asynchronous: no standby to wait for) with pgBackRest set up by
/// deploy/pgbackrest, migrated, seeded, and one full backup taken by backup.sh (which records the count snapshot).
/// </summary>
public sealed class PgBackRestFactory : TsunagiFactory
{
    private const int PortA = 54355;
    private const int PortB = 54356;
    private const string OwnerPassword = "owner-verify-test-password";
    private const string AppPassword = "app-verify-test-password";

    public string ClusterDirectory { get; } = Path.Combine("/tmp", $"tsunagi-verify-{PortA}");

    public string DeployDirectory { get; } = DeployScripts.FindDirectory();

    public string AdminConnection(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = PortA,
        Database = database,
        Username = "postgres",
        Password = File.ReadAllText(Path.Combine(ClusterDirectory, "secrets", "superuser.password")).Trim(),
        Pooling = false,
    }.ConnectionString;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["TSUNAGI_DB"] = "postgres",
        ["TSUNAGI_CONNECTION"] = $"Host=127.0.0.1;Port={PortA};Database=tsunagi;Username=tsunagi_app;Password={AppPassword}",
        ["TSUNAGI_OWNER_CONNECTION"] = $"Host=127.0.0.1;Port={PortA};Database=tsunagi;Username=tsunagi_owner;Password={OwnerPassword}",
        ["TSUNAGI_MASTER_KEY"] = PostgresFactory.TestMasterKey,
        ["Continuity:Verification:ClusterDirectory"] = ClusterDirectory,
        ["Continuity:Verification:DeployDirectory"] = DeployDirectory,
    };

    public override async ValueTask InitializeAsync()
    {
        await RunAsync("postgres/stop.sh", "--destroy", "--yes");
        await RunAsync("postgres/primary.sh", "--async");
        await RunAsync("pgbackrest/setup.sh");
        await PostgresProvisioner.EnsureRolesAsync(AdminConnection("postgres"), OwnerPassword, AppPassword);
        await PostgresProvisioner.EnsureDatabaseAsync(AdminConnection("postgres"), "tsunagi");
        await base.InitializeAsync();
        await RunAsync("pgbackrest/backup.sh", "full");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await RunAsync("postgres/stop.sh", "--destroy", "--yes");
    }

    public async Task RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(DeployDirectory, script)) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TSUNAGI_CLUSTER_DIR"] = ClusterDirectory;
        start.Environment["TSUNAGI_PORT_SITE_A"] = PortA.ToString(CultureInfo.InvariantCulture);
        start.Environment["TSUNAGI_PORT_SITE_B"] = PortB.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
