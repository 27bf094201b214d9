using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// A throwaway cluster restored from the pgBackRest repository by deploy/pgbackrest/restore.sh on a free loopback port, opened as the
/// deployment's superuser, and removed again by deploy/pgbackrest/discard-restore.sh. Never a node of the pair.
/// </summary>
public sealed class ScratchCluster(string deployDirectory, string clusterDirectory, string directory, int port)
{
    public string Directory => directory;

    public int Port => port;

    public static ScratchCluster Create(string deployDirectory, string clusterDirectory, string name) =>
        new(deployDirectory, clusterDirectory, Path.Combine(clusterDirectory, name), FreeLoopbackPort());

    /// <summary>Restores backup <paramref name="label"/> and replays WAL up to <paramref name="target"/> (restore.sh --xid / --time / --name arguments).</summary>
    public Task RestoreAsync(string? label, IReadOnlyList<string> target, CancellationToken cancellationToken)
    {
        List<string> arguments = ["--to", directory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. target];
        if (label is not null)
        {
            arguments.AddRange(["--set", label]);
        }

        return RunAsync("restore.sh", arguments, cancellationToken);
    }

    public Task DiscardAsync() => RunAsync("discard-restore.sh", ["--dir", directory], CancellationToken.None);

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Database = database,
        Username = "postgres",
        Password = File.ReadAllText(Path.Combine(clusterDirectory, "secrets", "superuser.password")).Trim(),
        Pooling = false,
    }.ConnectionString;

    private async Task RunAsync(string script, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path.Combine(deployDirectory, "pgbackrest", script))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TSUNAGI_CLUSTER_DIR"] = clusterDirectory;
        using var process = Process.Start(start) ?? throw new InvalidOperationException(script);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} が失敗しました / {script} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
