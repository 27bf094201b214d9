using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Postgres;

/// <summary>
/// The town's audit chain head is locked only for the tail of a unit of work (link, save, commit): writers of one town
/// overlap everything else. docs/benchmarks/residents.md, 転入 throughput.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class PostgresAuditChainLockTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    private const string Otsuchi = "034614";

    [Fact]
    public async Task Another_writer_of_the_town_commits_its_audit_event_while_a_unit_of_work_is_still_working()
    {
        var ct = TestContext.Current.CancellationToken;
        await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<UnitOfWork>().RunAsync(sp.GetRequiredService<ResidentsDbContext>(), async work =>
            {
                await sp.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("test.slow-unit", "item", "unit"), work);
                // Before, the append had locked the chain head until this unit commits: this write waited for ever.
                await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async other =>
                {
                    await other.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry("test.meanwhile", "item", "other"), work);
                    return true;
                }).WaitAsync(TimeSpan.FromSeconds(30), work);
                return true;
            }, ct));

        var (actions, chain) = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp =>
        {
            var last = await sp.GetRequiredService<PlatformDbContext>().AuditEvents.AsNoTracking()
                .OrderByDescending(e => e.Sequence).Take(2).Select(e => e.Action).ToListAsync(ct);
            return (last, await sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(Otsuchi, ct));
        });
        Assert.Equal(["test.slow-unit", "test.meanwhile"], actions);
        Assert.True(chain.IsIntact, chain.Problem);
    }
}
