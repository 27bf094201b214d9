using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Download;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Certificates.Bench;

/// <summary>
/// End to end from the database: each document is a real issuance of a 4-person 住民票の写し（世帯連記式） through
/// <see cref="IssueCertificateHandler"/> (settings, fee, register extract as of today, 支援措置 check, rules, number, code,
/// hash, audit, outbox, one transaction) followed by its PDF through <see cref="CertificateDownloads"/> (re-rendered from the
/// stored content, download audited), in its own tenant scope, as the API does.
/// </summary>
internal static class DatabaseThroughput
{
    public static async Task<int> RunAsync(IServiceProvider services, string code, int documents, int workers, CancellationToken cancellationToken)
    {
        var households = await services.InTenantScopeAsync(code, TenantKind.Municipality, sp => HouseholdsOfFourAsync(sp.GetRequiredService<ResidentsDbContext>(), cancellationToken));
        if (households.Count == 0)
        {
            Console.Error.WriteLine($"{code}: no household of four registered persons (run seed-demo first)");
            return 1;
        }

        for (var i = 0; i < Math.Min(10, households.Count); i++)
        {
            await IssueAndDownloadAsync(services, code, households[i], cancellationToken);
        }

        var issued = new Guid[documents];
        var issuing = await TimedAsync(documents, workers, async i => issued[i] = await IssueAsync(services, code, households[i % households.Count], cancellationToken), cancellationToken);
        var bytes = 0L;
        var downloading = await TimedAsync(documents, workers, async i => Interlocked.Add(ref bytes, await DownloadAsync(services, code, issued[i], cancellationToken)), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"database {code}, {workers} worker(s), {documents} documents ({households.Count} households of four), {bytes / 1024.0 / documents:F1} KB/document:"));
        Report("issuance (rules, extract, number, audit, outbox; no PDF kept)", documents, issuing);
        Report("PDF from the database (stored content re-rendered, download audited)", documents, downloading);
        Report("both, per document", documents, (issuing.Seconds + downloading.Seconds, issuing.CpuMs + downloading.CpuMs));
        return 0;
    }

    private static async Task<(double Seconds, double CpuMs)> TimedAsync(int documents, int workers, Func<int, Task> work, CancellationToken cancellationToken)
    {
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < documents)
            {
                await work(i);
            }
        }, cancellationToken)));
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static void Report(string what, int documents, (double Seconds, double CpuMs) timing) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: {documents / timing.Seconds:F1} documents/s, process CPU {timing.CpuMs / documents:F1} ms/document"));

    private static async Task<int> IssueAndDownloadAsync(IServiceProvider services, string code, (Guid Household, Guid Head) household, CancellationToken cancellationToken) =>
        await DownloadAsync(services, code, await IssueAsync(services, code, household, cancellationToken), cancellationToken);

    private static Task<Guid> IssueAsync(IServiceProvider services, string code, (Guid Household, Guid Head) household, CancellationToken cancellationToken) =>
        services.InTenantScopeAsync(code, TenantKind.Municipality, async sp =>
            (await sp.GetRequiredService<IssueCertificateHandler>().HandleAsync(Command(household), null, "https://tsunagi.example", cancellationToken)).Id);

    private static Task<int> DownloadAsync(IServiceProvider services, string code, Guid issuanceId, CancellationToken cancellationToken) =>
        services.InTenantScopeAsync(code, TenantKind.Municipality, async sp =>
            (await sp.GetRequiredService<CertificateDownloads>().PdfAsync(issuanceId, cancellationToken)
                ?? throw new InvalidOperationException("the issued certificate has no PDF")).Length);

    private static IssueCertificateCommand Command((Guid Household, Guid Head) household) =>
        new(CertificateType.ResidentCopyHousehold, household.Household, [], CertificateOptions.Default with { IncludeHouseholdHeadAndRelationship = true },
            new Requester(RequesterType.Self, "ベンチ", household.Head, false, null, null, "運転免許証"), 1, null, null);

    private static async Task<List<(Guid, Guid)>> HouseholdsOfFourAsync(ResidentsDbContext db, CancellationToken cancellationToken)
    {
        var ids = await db.Residents.AsNoTracking()
            .Where(r => r.Status == ResidentStatus.Registered)
            .GroupBy(r => r.HouseholdId)
            .Where(g => g.Count() == 4)
            .Select(g => g.Key)
            .Take(200)
            .ToListAsync(cancellationToken);
        var heads = await db.Residents.AsNoTracking()
            .Where(r => ids.Contains(r.HouseholdId) && r.Status == ResidentStatus.Registered && r.Relationship == Relationships.Head)
            .Select(r => new { r.HouseholdId, r.Id })
            .ToListAsync(cancellationToken);
        return [.. heads.Select(h => (h.HouseholdId, h.Id))];
    }
}
