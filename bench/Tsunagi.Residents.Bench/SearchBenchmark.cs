using System.Diagnostics;
using System.Globalization;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Population;

namespace Tsunagi.Residents.Bench;

/// <summary>Name searches as the counter types them (氏, 氏＋名, or a reading), timed around <see cref="ResidentSearch.SearchAsync"/> (query, count, page, audit).</summary>
internal static class SearchBenchmark
{
    public static async Task<int> RunAsync(IServiceProvider services, string code, int queries, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var names = NameBook.Instance;
        var times = new List<double>(queries);
        var cpu = TimeSpan.Zero;
        for (var i = -20; i < queries; i++)
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
        return 0;
    }
}
