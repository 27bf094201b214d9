using System.Diagnostics;
using System.Globalization;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Migration.Bench;

/// <summary>
/// The whole real run of <see cref="LegacyMigrationService.RunAsync(ReadOnlyMemory{byte}, string, MigrationMapping, string, IProgress{MigrationProgress}?, CancellationToken)"/>
/// as the CLI calls it (file read into memory, validate, stage, one-transaction import), timed per phase, then the raw COPY reference.
/// </summary>
internal static class MigrationBenchmark
{
    private const string ActorId = "System:legacy-migration";

    public static async Task<int> RunAsync(IServiceProvider services, string code, string path, CancellationToken cancellationToken)
    {
        var mapping = MigrationMapping.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(path, ".json"), cancellationToken));
        var clock = new PhaseClock();
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var outcome = await services.InTenantScopeAsync(code, TenantKind.Municipality, sp =>
            sp.GetRequiredService<LegacyMigrationService>().RunAsync(bytes, Path.GetFileName(path), mapping, "bench", clock, cancellationToken));
        var wall = clock.Wall;
        var report = outcome.Report;
        var rate = outcome.Imported / wall.TotalSeconds;
        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"migration {code}: {report.Rows:N0} rows, {report.RowsWithErrors} with errors, {outcome.Imported:N0} people in {outcome.Households:N0} households imported in {wall.TotalSeconds:F1} s wall, {clock.CpuTime.TotalSeconds:F1} s CPU = {rate:F0} rows/s"));
        clock.Print(output);
        using (var self = Process.GetCurrentProcess())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak working set {self.PeakWorkingSet64 / 1024 / 1024} MB (file {bytes.Length / 1024 / 1024} MB in memory)"));
        }

        if (Environment.GetEnvironmentVariable("TSUNAGI_BENCH_ADMIN_CONNECTION") is not { Length: > 0 } admin)
        {
            output.WriteLine("raw COPY reference: skipped (TSUNAGI_BENCH_ADMIN_CONNECTION not set; PostgreSQL only)");
            return outcome.Imported > 0 ? 0 : 1;
        }

        foreach (var withIndexes in new[] { false, true })
        {
            output.WriteLine($"load average: {(await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Trim()}");
            var (rows, copyWall) = await RawCopyReference.RunAsync(admin, code, ActorId, withIndexes, cancellationToken);
            var copyRate = rows / copyWall.TotalSeconds;
            var table = withIndexes ? "with every index of residents" : "primary key only";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw binary COPY of the same {rows:N0} residents rows ({table}): {copyWall.TotalSeconds:F1} s wall = {copyRate:F0} rows/s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio migration rows/s / raw COPY rows/s ({table}) = {rate / copyRate:F3} (goal >= 0.5: {(rate / copyRate >= 0.5 ? "met" : "not met")})"));
        }

        return outcome.Imported > 0 ? 0 : 1;
    }
}
