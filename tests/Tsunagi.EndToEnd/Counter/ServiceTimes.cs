using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>
/// Wall time of each phase of the one-stop visit as the browser sees it (page loads, posts and server push included),
/// printed to the test output and written to <c>.tmp/test-results/e2e/one-stop-times.txt</c>.
/// </summary>
public sealed class ServiceTimes
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;

    public async Task<T> MeasureAsync<T>(string phase, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var watch = Stopwatch.StartNew();
        var result = await work();
        _phases.Add((phase, watch.Elapsed));
        return result;
    }

    public async Task MeasureAsync(string phase, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var watch = Stopwatch.StartNew();
        await work();
        _phases.Add((phase, watch.Elapsed));
    }

    public string Report()
    {
        var text = new StringBuilder();
        foreach (var (phase, elapsed) in _phases)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{phase,-18} {elapsed.TotalSeconds,7:0.00} s");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"total",-18} {_phases.Sum(p => p.Elapsed.TotalSeconds),7:0.00} s");
        return text.ToString();
    }

    public async Task WriteAsync(string resultsDirectory)
    {
        Directory.CreateDirectory(resultsDirectory);
        var header = $"# one-stop journey, wall time per phase (processors: {Environment.ProcessorCount}, load average: {LoadAverage()}){Environment.NewLine}";
        await File.WriteAllTextAsync(Path.Combine(resultsDirectory, "one-stop-times.txt"), header + Report());
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
