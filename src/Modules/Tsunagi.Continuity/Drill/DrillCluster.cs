using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Tsunagi.Continuity.Drill;

/// <summary>
/// The two loopback nodes of a drill, driven through the same deploy/postgres scripts an operator runs, and
/// the faults: kill -9 of a postmaster with all its children, kill -STOP of the WAL sender.
/// </summary>
public sealed class DrillCluster(DrillOptions options)
{
    public string SecretsDirectory => Path.Combine(options.ClusterDirectory, "secrets");

    public async Task RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(options.DeployDirectory, "postgres", script))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TSUNAGI_CLUSTER_DIR"] = options.ClusterDirectory;
        start.Environment["TSUNAGI_PORT_SITE_A"] = options.PortSiteA.ToString(CultureInfo.InvariantCulture);
        start.Environment["TSUNAGI_PORT_SITE_B"] = options.PortSiteB.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException(script);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} が失敗しました / {script} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    /// <summary>The superuser's connection to both nodes; Npgsql picks whichever is primary (the repointing).</summary>
    public NpgsqlDataSource PrimaryDataSource(string database)
    {
        var password = File.ReadAllText(Path.Combine(SecretsDirectory, "superuser.password")).Trim();
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = $"127.0.0.1:{options.PortSiteA},127.0.0.1:{options.PortSiteB}",
            Database = database,
            Username = "postgres",
            Password = password,
            TargetSessionAttributes = "primary",
            Timeout = 3,
            CommandTimeout = 0,
            MaxPoolSize = options.Writers + 4,
        };
        var dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString);
        return dataSource.Build();
    }

    /// <summary>The superuser's connection string to one node (no repointing).</summary>
    public string NodeConnectionString(int port, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Database = database,
        Username = "postgres",
        Password = File.ReadAllText(Path.Combine(SecretsDirectory, "superuser.password")).Trim(),
    }.ConnectionString;

    /// <summary>Waits until the standby replayed everything the primary has written so far (asynchronous replication lags).</summary>
    public async Task WaitForStandbyReplayAsync(CancellationToken cancellationToken)
    {
        await using var primary = NpgsqlDataSource.Create(NodeConnectionString(options.PortSiteA, "postgres"));
        await using var standby = NpgsqlDataSource.Create(NodeConnectionString(options.PortSiteB, "postgres"));
        await using var current = primary.CreateCommand("select pg_current_wal_lsn()::text");
        var target = (string)(await current.ExecuteScalarAsync(cancellationToken))!;
        for (var i = 0; i < 600; i++)
        {
            await using var replayed = standby.CreateCommand("select pg_last_wal_replay_lsn() >= @target::pg_lsn");
            replayed.Parameters.AddWithValue("target", target);
            if (await replayed.ExecuteScalarAsync(cancellationToken) is true)
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException("スタンバイが追いつきません / the standby does not catch up");
    }

    /// <summary>kill -STOP of the primary's WAL sender: the negative control's primary acknowledges, its WAL never leaves.</summary>
    public async Task<int> StallWalSenderAsync(CancellationToken cancellationToken)
    {
        await using var primary = NpgsqlDataSource.Create(NodeConnectionString(options.PortSiteA, "postgres"));
        await using var query = primary.CreateCommand("select pid from pg_stat_replication");
        var pid = (int)(await query.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException("WAL 送信プロセスがありません / no WAL sender"));
        Signal("STOP", pid);
        return pid;
    }

    public string DataDirectory(string node) => Path.Combine(options.ClusterDirectory, node);

    /// <summary>kill -9 of the node's postmaster and every child it has (backends, WAL sender, writer).</summary>
    public int KillNode(string node)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(DataDirectory(node), "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        var children = ChildrenOf(postmaster);
        using (var p = Process.GetProcessById(postmaster))
        {
            p.Kill();
        }

        foreach (var child in children)
        {
            Signal("KILL", child);
        }

        return postmaster;
    }

    public static void Signal(string signal, int pid)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static List<int> ChildrenOf(int parent)
    {
        var children = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parent)
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return children;
    }
}
