using Microsoft.EntityFrameworkCore;
using Tsunagi.Continuity.Drill;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveIn;

namespace Tsunagi.Web.Drill;

/// <summary>
/// The drill's writes are 転入届 through the resident register's own <see cref="MoveInHandler"/> (audit, outbox and
/// idempotency record in one unit of work), in 大槌町 and 野田村, with the drill key as idempotency key. It lives in the
/// host because the Continuity module may not know the Residents module (ADR 0001, ModuleBoundaryTests).
/// </summary>
public sealed class MoveInDrillWorkload(string dataDirectory, TimeProvider time) : IDrillWorkload
{
    private readonly DateOnly _today = TokyoTime.Today(time);

    public DrillApplication Application { get; } = new(dataDirectory);

    public IReadOnlyList<string> Partitions { get; } = ["034614", "035033"];

    public async Task PrepareAsync(string administratorConnection, CancellationToken cancellationToken)
    {
        await Application.InstallAsync(administratorConnection, cancellationToken);

        // One notification per town before the clock starts (the first one compiles the model and queries), under a key the inspection ignores.
        foreach (var municipality in Partitions)
        {
            await WriteAsync(municipality, "warm-up-" + municipality, cancellationToken);
        }
    }

    public Task RepointAsync(string administratorConnection, CancellationToken cancellationToken)
    {
        Application.Connect(administratorConnection);
        return Task.CompletedTask;
    }

    public Task WriteAsync(string partition, string key, CancellationToken cancellationToken) =>
        Application.Services.InTenantScopeAsync(partition, TenantKind.Municipality, sp =>
            sp.GetRequiredService<MoveInHandler>().HandleAsync(DrillMoveIn.For(partition, _today), key, cancellationToken));

    public async Task<DrillInspection> InspectAsync(CancellationToken cancellationToken)
    {
        var writes = new Dictionary<string, int>(StringComparer.Ordinal);
        var anomalies = new List<string>();
        foreach (var municipality in Partitions)
        {
            var (changes, records) = await Application.Services.InTenantScopeAsync(municipality, TenantKind.Municipality, async sp =>
            {
                var changes = await sp.GetRequiredService<ResidentsDbContext>().ResidencyChanges.AsNoTracking()
                    .Where(c => c.Kind == ChangeKind.MoveIn && c.IdempotencyKey != null && c.IdempotencyKey.StartsWith("drill-"))
                    .GroupBy(c => c.IdempotencyKey!)
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                var records = await sp.GetRequiredService<PlatformDbContext>().IdempotencyRecords.AsNoTracking()
                    .Where(r => r.Operation == MoveInHandler.Operation && r.Key.StartsWith("drill-"))
                    .Select(r => r.Key)
                    .ToListAsync(cancellationToken);
                return (changes.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal), records.ToHashSet(StringComparer.Ordinal));
            });
            foreach (var (key, count) in changes)
            {
                writes[key] = count;
                if (count != 1)
                {
                    anomalies.Add($"{key}: {count} 件 / writes");
                }

                if (!records.Contains(key))
                {
                    anomalies.Add($"{key}: 冪等性記録なし / no idempotency record");
                }
            }

            anomalies.AddRange(records.Where(k => !changes.ContainsKey(k)).Select(k => $"{k}: 住民の記録なし / idempotency record without resident"));
        }

        var (chains, events, broken) = await VerifyAuditChainsAsync(cancellationToken);
        return new DrillInspection(writes, anomalies, chains, events, broken);
    }

    public ValueTask DisposeAsync() => Application.DisposeAsync();

    private async Task<(int Chains, long Events, List<string> Broken)> VerifyAuditChainsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<TenantChoice> tenants;
        await using (var scope = Application.Services.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().AllTenantsAsync(cancellationToken);
        }

        var events = 0L;
        var broken = new List<string>();
        foreach (var tenant in tenants)
        {
            var result = await Application.Services.InTenantScopeAsync(tenant.TenantId, tenant.Kind,
                sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(tenant.TenantId, cancellationToken));
            events += result.VerifiedEvents;
            if (!result.IsIntact)
            {
                broken.Add($"{tenant.TenantId}: 連番 / sequence {result.BrokenAtSequence} {result.Problem}");
            }
        }

        return (tenants.Count, events, broken);
    }
}
