using System.Diagnostics;
using System.Globalization;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Bench;

/// <summary>Workers each repeating a 転入 of a household of three (with 個人番号) through <see cref="MoveInHandler"/>: audit, outbox, idempotency in one transaction.</summary>
internal static class MoveInBenchmark
{
    public static async Task<int> RunAsync(IServiceProvider services, string code, TimeSpan duration, int workers, CancellationToken cancellationToken)
    {
        var today = TokyoTime.Today(services.GetRequiredService<TimeProvider>());
        var done = 0L;
        var failed = 0L;
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var profile = new CommandProfile();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                try
                {
                    await services.InTenantScopeAsync(code, TenantKind.Municipality, sp =>
                        sp.GetRequiredService<MoveInHandler>().HandleAsync(Household(today, w, i), $"bench-{w}-{i}-{Guid.CreateVersion7():N}", cancellationToken));
                    Interlocked.Increment(ref done);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                    failures.AddOrUpdate(ex.GetType().Name + ": " + (ex.InnerException?.GetType().Name ?? "-"), 1, (_, n) => n + 1);
                }
            }
        }, cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuPer = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, done);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"move-in {code}: {done} households of 3 in {seconds:F1} s with {workers} workers = {done / seconds:F1} ops/s ({failed} failed); process CPU {cpuPer:F1} ms per 転入"));
        profile.Report(Console.Out, (int)Math.Max(1, done));
        foreach (var (kind, count) in failures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  failed with {kind}: {count}"));
        }

        return failed == 0 ? 0 : 1;
    }

    private static MoveInCommand Household(DateOnly today, int worker, int i)
    {
        var moved = today.AddDays(-3);
        var address = new Address("028-1121", "小鎚", $"第{worker + 1}地割{(i % 200) + 1}番地", null);
        return new MoveInCommand(moved, today, "岩手県釜石市只越町１丁目", false, address,
        [
            Person("ベンチ", "太郎", "ベンチ", "タロウ", new DateOnly(1980, 4, 1), Sex.Male, Relationships.Head, worker, i, 0),
            Person("ベンチ", "花子", "ベンチ", "ハナコ", new DateOnly(1982, 5, 2), Sex.Female, "妻", worker, i, 1),
            Person("ベンチ", "一郎", "ベンチ", "イチロウ", new DateOnly(2012, 6, 3), Sex.Male, "子", worker, i, 2),
        ]);
    }

    private static ParsedPerson Person(string family, string given, string familyKana, string givenKana, DateOnly born, Sex sex, string relationship, int worker, int i, int member)
    {
        var eleven = string.Create(CultureInfo.InvariantCulture, $"9{worker:00}{i % 10_000_000:0000000}{member}");
        var number = IndividualNumber.Parse(eleven + ModulusElevenCheckDigit.For(eleven).ToString(CultureInfo.InvariantCulture));
        return new ParsedPerson(new PersonName(family, given, familyKana, givenKana), null, born, sex, relationship, "岩手県上閉伊郡大槌町小鎚第1地割1番地", family + "　太郎", null, number, null);
    }
}
