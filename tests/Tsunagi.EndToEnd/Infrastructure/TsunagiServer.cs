using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>
/// The real product run as <c>./run.sh</c> runs it: the built Tsunagi.Web.dll with <c>migrate</c>, then
/// <c>seed-demo</c>, then serving on a free loopback port, on SQLite in a fresh temp directory.
/// Everything the three processes print is kept so a failure can show it.
/// </summary>
public sealed class TsunagiServer : IAsyncDisposable
{
    private static readonly TimeSpan VerbTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(1);

    private readonly RepositoryLayout _layout;
    private readonly List<string> _output = [];
    private Process? _serving;

    private TsunagiServer(RepositoryLayout layout, string dataDirectory, int port)
    {
        _layout = layout;
        DataDirectory = dataDirectory;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    /// <summary>Number of output lines so far; pass it to <see cref="OutputSince"/> to get what a test caused.</summary>
    public int OutputLineCount
    {
        get
        {
            lock (_output)
            {
                return _output.Count;
            }
        }
    }

    public static async Task<TsunagiServer> StartAsync(RepositoryLayout layout, CancellationToken cancellationToken)
    {
        if (!File.Exists(layout.WebDll))
        {
            throw new InvalidOperationException($"{layout.WebDll} is missing: build the solution in {layout.Configuration} first (dotnet build Tsunagi.slnx -c {layout.Configuration}).");
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), "tsunagi-e2e", Guid.CreateVersion7().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var server = new TsunagiServer(layout, dataDirectory, FreeLoopbackPort());
        try
        {
            await server.RunVerbAsync("migrate", cancellationToken);
            await server.RunVerbAsync("seed-demo", cancellationToken);
            await server.ServeAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public IReadOnlyList<string> OutputSince(int mark)
    {
        lock (_output)
        {
            return _output.Skip(mark).ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_serving is not null)
        {
            if (!_serving.HasExited)
            {
                _serving.Kill(entireProcessTree: true);
            }

            await _serving.WaitForExitAsync();
            _serving.Dispose();
        }

        Directory.CreateDirectory(_layout.ResultsDirectory);
        await File.WriteAllLinesAsync(Path.Combine(_layout.ResultsDirectory, "server.log"), OutputSince(0));
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp directory.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunVerbAsync(string verb, CancellationToken cancellationToken)
    {
        using var process = Start(verb, [verb]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(VerbTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw Failure($"'{verb}' did not finish within {VerbTimeout.TotalSeconds:0} s");
        }

        if (process.ExitCode != 0)
        {
            throw Failure($"'{verb}' exited with {process.ExitCode}");
        }
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        _serving = Start("serve", ["--urls", BaseAddress.ToString().TrimEnd('/')]);
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (await poll.WaitForNextTickAsync(cancellationToken))
        {
            if (_serving.HasExited)
            {
                await _serving.WaitForExitAsync(cancellationToken);
                throw Failure($"the server exited with {_serving.ExitCode} before it was ready");
            }

            if (await IsReadyAsync(http, cancellationToken))
            {
                return;
            }

            if (deadline.Elapsed > ReadyTimeout)
            {
                throw Failure($"/health/ready did not answer 200 within {ReadyTimeout.TotalSeconds:0} s");
            }
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready", cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private Process Start(string label, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = _layout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_layout.WebDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A fresh SQLite database whatever the developer's shell has exported.
        start.Environment["TSUNAGI_DATA"] = DataDirectory;
        start.Environment["TSUNAGI_DB"] = "sqlite";
        foreach (var inherited in new[] { "TSUNAGI_CONNECTION", "TSUNAGI_OWNER_CONNECTION", "TSUNAGI_KEYS", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(label, e.Data);
        process.ErrorDataReceived += (_, e) => Append(label, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private void Append(string label, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add($"[{label}] {line}");
        }
    }

    private InvalidOperationException Failure(string what) =>
        new($"Tsunagi could not be started for the end-to-end tests: {what}. Data directory {DataDirectory}. Output:{Environment.NewLine}{string.Join(Environment.NewLine, OutputSince(0).TakeLast(80))}");
}
