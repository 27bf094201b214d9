using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Platform.Tests.Infrastructure;

namespace Tsunagi.Platform.Tests.Messaging;

/// <summary>
/// The platform's services on a fresh SQLite file migrated with the real migrations, two member towns in
/// the directory and the recording handler registered. No host runs, so only the test drives the dispatcher.
/// </summary>
internal sealed class OutboxDatabase : PlatformTestDatabase
{
    public const string Otsuchi = "034614";
    public const string Noda = "035033";

    private OutboxDatabase(HandledEvents handled)
        : base(services => services.AddSingleton(handled).AddIntegrationEventHandler<NumberedEvent, RecordingHandler>()) =>
        Handled = handled;

    public HandledEvents Handled { get; }

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public static async Task<OutboxDatabase> CreateAsync()
    {
        var database = new OutboxDatabase(new HandledEvents());
        await database.MigrateAsync();
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Consortia.Add(new Consortium("sanriku", "三陸連携"));
        db.Municipalities.Add(new Municipality(Otsuchi, "sanriku", "大槌町", "岩手県", database.Time.GetUtcNow()));
        db.Municipalities.Add(new Municipality(Noda, "sanriku", "野田村", "岩手県", database.Time.GetUtcNow()));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>Raises the events in one unit of work of <paramref name="tenantId"/>, with an audit event as the change, and commits.</summary>
    public Task RaiseAsync(string tenantId, params int[] numbers) =>
        InTownAsync(tenantId, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("outbox-tests");
            var db = sp.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await sp.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("tests.raise", "numbers", string.Join(',', numbers)), TestContext.Current.CancellationToken);
            foreach (var number in numbers)
            {
                sp.GetRequiredService<Outbox>().Add(new NumberedEvent(number));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
            return true;
        });

    public Task<List<OutboxMessage>> MessagesAsync(string tenantId) =>
        InTownAsync(tenantId, sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking()
            .OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken));

    public Task<T> InTownAsync<T>(string tenantId, Func<IServiceProvider, Task<T>> work) =>
        Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, work);
}
