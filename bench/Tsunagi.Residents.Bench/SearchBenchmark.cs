using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Population;

namespace Tsunagi.Residents.Bench;

/// <summary>Name searches as the counter types them (氏, 氏＋名, or a reading), timed around <see cref="ResidentSearch.SearchAsync"/> (query, count, page, audit).</summary>
internal static class SearchBenchmark
{
    private const int Warmup = 300;

    public static async Task<int> RunAsync(IServiceProvider services, string code, int queries, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var names = NameBook.Instance;
        var times = new List<double>(queries);
        var cpu = TimeSpan.Zero;
        using var profile = new CommandProfile();
        // The server runs for months: its steady state is after tiered compilation has rejitted the hot paths
        // (a method is rejitted after 30 calls and a 100 ms quiet period), which 20 searches did not reach.
        for (var i = -Warmup; i < queries; i++)
        {
            var (family, reading) = names.Family(random);
            var given = names.Given(random, random.Next(2) == 0 ? Domain.Sex.Male : Domain.Sex.Female, 1960);
            var term = (i % 3) switch
            {
                0 => family,
                1 => $"{family}　{given.Name}",
                _ => reading,
            };
            var elapsed = await services.InTenantScopeAsync(code, TenantKind.Municipality, async sp =>
            {
                var criteria = ResidentSearchParser.Parse(new ResidentSearchInput { Name = term }, new InputReader())!;
                var clock = Stopwatch.StartNew();
                await sp.GetRequiredService<ResidentSearch>().SearchAsync(criteria, 1, cancellationToken: cancellationToken);
                return clock.Elapsed.TotalMilliseconds;
            });
            if (i == 0)
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                profile.Reset();
            }

            if (i >= 0)
            {
                times.Add(elapsed);
            }
        }

        // CPU time of the whole process per search: fairer than wall time on a machine shared by many (load average 20-40).
        var cpuPerSearch = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queries;
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search {code}: {queries} queries, p50 {Percentiles.Of(times, 0.5):F1} ms, p95 {Percentiles.Of(times, 0.95):F1} ms, p99 {Percentiles.Of(times, 0.99):F1} ms, max {times[^1]:F1} ms; process CPU {cpuPerSearch:F1} ms per search"));
        profile.Report(Console.Out, queries);
        await AuditOnlyAsync(services, code, queries, cancellationToken);
        return 0;
    }

    /// <summary>
    /// The share of a search that is its audit event: the same number of <see cref="AuditTrail.RecordAsync"/> alone. On
    /// SQLite also with <c>synchronous=NORMAL</c> on the bench's connection (measurement only; the product keeps FULL),
    /// whose difference is the cost of the fsync per commit.
    /// </summary>
    private static async Task AuditOnlyAsync(IServiceProvider services, string code, int records, CancellationToken cancellationToken)
    {
        foreach (var synchronous in new[] { "FULL", "NORMAL" })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var sqlite = false;
            for (var i = 0; i < records; i++)
            {
                sqlite = await services.InTenantScopeAsync(code, TenantKind.Municipality, async sp =>
                {
                    var db = sp.GetRequiredService<PlatformDbContext>();
                    var isSqlite = db.Database.IsSqlite();
                    if (isSqlite)
                    {
                        await db.Database.OpenConnectionAsync(cancellationToken);
                        await db.Database.ExecuteSqlRawAsync(synchronous == "FULL" ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL", cancellationToken);
                    }

                    await sp.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry("residents.search", "query", "fields=name;page=1"), cancellationToken);
                    return isSqlite;
                });
            }

            var cpuPer = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / records;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit of a search alone{(sqlite ? $" (synchronous={synchronous})" : string.Empty)}: {records} records, {clock.Elapsed.TotalMilliseconds / records:F1} ms wall, process CPU {cpuPer:F1} ms per record"));
            if (!sqlite)
            {
                return;
            }
        }
    }
}
