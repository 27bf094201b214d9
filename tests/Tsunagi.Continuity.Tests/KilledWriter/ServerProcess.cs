using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Tsunagi.Continuity.Tests.KilledWriter;

/// <summary>
/// The built server (src/Tsunagi.Web/bin/Release) as a child process on SQLite, so it can be killed with SIGKILL mid-write
/// as a power cut would: an in-process test host cannot be.
/// </summary>
public sealed class ServerProcess(string dataDirectory) : IDisposable
{
    private Process? _process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}");

    public static string WebAssembly
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tsunagi.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Tsunagi.slnx not found"), "src", "Tsunagi.Web", "bin", "Release", "net10.0", "Tsunagi.Web.dll");
        }
    }

    /// <summary>Runs a CLI verb of the same build against the same data directory and returns its exit code.</summary>
    public async Task<int> VerbAsync(params string[] verb)
    {
        using var process = Process.Start(StartInfo(verb))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{string.Join(' ', verb)} → {process.ExitCode}: {await output}{await error}");
        return process.ExitCode;
    }

    public async Task StartAsync()
    {
        _process = Process.Start(StartInfo(["--urls", BaseAddress.ToString().TrimEnd('/')]))!;
        // Drained so a full pipe never blocks the server.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = BaseAddress };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var live = await client.GetAsync("/health/live");
                if (live.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.False(_process.HasExited, "the server exited while starting");
            await Task.Delay(100);
        }

        Assert.Fail("the server did not start");
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposal.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(WebAssembly);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["TSUNAGI_DB"] = "sqlite";
        start.Environment["TSUNAGI_DATA"] = dataDirectory;
        start.Environment["TSUNAGI_DEMO_POPULATION"] = "0";
        start.Environment.Remove("TSUNAGI_CONNECTION");
        start.Environment.Remove("TSUNAGI_BACKUP_DIR");
        return start;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
