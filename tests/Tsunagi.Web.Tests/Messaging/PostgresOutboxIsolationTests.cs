using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Tests.Messaging;

[Trait("Lane", "postgres")]
public sealed class PostgresOutboxIsolationTests(OutboxPostgresFactory factory) : IClassFixture<OutboxPostgresFactory>
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";

    [Fact]
    public async Task Handlers_run_in_the_messages_town_and_row_level_security_shows_them_only_that_towns_outbox_and_inbox()
    {
        await RaiseAsync(Otsuchi);
        await RaiseAsync(Noda);

        var dispatched = await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(TestContext.Current.CancellationToken);
        await RaiseAsync(Otsuchi);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, dispatched);
        var probes = factory.Probes.ToList();
        Assert.Equal([Otsuchi, Noda, Otsuchi], probes.Select(p => p.RaisedIn));
        Assert.All(probes, p =>
        {
            Assert.Equal(p.RaisedIn, p.ScopeTenant);
            Assert.Equal([p.RaisedIn], p.OutboxTenants);
        });
        // By the third handling both towns hold receipts; Otsuchi's handler still reads only its own.
        Assert.Equal([Otsuchi], probes[2].ReceiptTenants);
    }

    private Task<bool> RaiseAsync(string town) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, async sp =>
        {
            sp.GetRequiredService<Outbox>().Add(new TownEvent(town));
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
            return true;
        });
}
