using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using static Tsunagi.Platform.Tests.Messaging.OutboxDatabase;

namespace Tsunagi.Platform.Tests.Messaging;

public sealed class OutboxTests
{
    [Fact]
    public async Task An_event_added_with_a_change_commits_in_the_same_transaction()
    {
        await using var database = await CreateAsync();

        await database.RaiseAsync(Otsuchi, 1);

        var message = Assert.Single(await database.MessagesAsync(Otsuchi));
        Assert.Equal(Otsuchi, message.TenantId);
        Assert.Equal(typeof(NumberedEvent).FullName, message.Type);
        Assert.Contains("\"number\":1", message.Payload, StringComparison.Ordinal);
        Assert.Equal(database.Time.GetUtcNow(), message.OccurredAt);
        Assert.Null(message.DispatchedAt);
        Assert.Equal(7, message.Id.Version);
    }

    [Fact]
    public async Task An_event_whose_transaction_rolls_back_leaves_no_message_and_no_change()
    {
        await using var database = await CreateAsync();

        await database.InTownAsync(Otsuchi, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("outbox-tests");
            var db = sp.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await sp.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("tests.raise", "numbers", "1"), TestContext.Current.CancellationToken);
            sp.GetRequiredService<Outbox>().Add(new NumberedEvent(1));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
            return true;
        });

        Assert.Empty(await database.MessagesAsync(Otsuchi));
        var auditEvents = await database.InTownAsync(Otsuchi, sp => sp.GetRequiredService<PlatformDbContext>().AuditEvents.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, auditEvents);
    }

    [Fact]
    public async Task An_event_added_without_saving_the_unit_of_work_is_never_written()
    {
        await using var database = await CreateAsync();

        await database.InTownAsync(Otsuchi, sp => Task.FromResult(sp.GetRequiredService<Outbox>().Add(new NumberedEvent(1))));

        Assert.Empty(await database.MessagesAsync(Otsuchi));
    }

    [Fact]
    public async Task Events_raised_together_keep_the_order_they_were_raised_in_even_within_one_millisecond()
    {
        await using var database = await CreateAsync();
        var numbers = Enumerable.Range(1, 40).ToArray();

        await database.RaiseAsync(Otsuchi, numbers);

        var messages = await database.MessagesAsync(Otsuchi);
        Assert.Equal(numbers.Select(n => $"{{\"number\":{n}}}"), messages.Select(m => m.Payload));
    }
}
