using System.Diagnostics;
using System.Globalization;
using Tsunagi.Consortium.Features.LegacyMigration;

namespace Tsunagi.Migration.Bench;

/// <summary>Records wall and process CPU time at the start of each phase the migration reports (progress arrives synchronously).</summary>
internal sealed class PhaseClock : IProgress<MigrationProgress>
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Cpu();
    private readonly List<(MigrationPhase Phase, TimeSpan Wall, TimeSpan Cpu)> _marks = [];

    public PhaseClock() => _marks.Add((MigrationPhase.Validating, TimeSpan.Zero, TimeSpan.Zero));

    public TimeSpan Wall => _wall.Elapsed;

    public TimeSpan CpuTime => Cpu() - _cpuAtStart;

    public void Report(MigrationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_marks[^1].Phase != value.Phase)
        {
            _marks.Add((value.Phase, _wall.Elapsed, Cpu() - _cpuAtStart));
        }
    }

    public void Print(TextWriter output)
    {
        var end = (Wall, CpuTime);
        for (var i = 0; i < _marks.Count; i++)
        {
            var (phase, wall, cpu) = _marks[i];
            if (phase == MigrationPhase.Finished)
            {
                continue;
            }

            var (nextWall, nextCpu) = i + 1 < _marks.Count ? (_marks[i + 1].Wall, _marks[i + 1].Cpu) : end;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  phase {phase,-10} {(nextWall - wall).TotalSeconds,8:F1} s wall {(nextCpu - cpu).TotalSeconds,8:F1} s CPU (bench process)"));
        }
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
}
