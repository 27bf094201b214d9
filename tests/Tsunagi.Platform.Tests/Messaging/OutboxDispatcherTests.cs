using static Tsunagi.Platform.Tests.Messaging.OutboxDatabase;

namespace Tsunagi.Platform.Tests.Messaging;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task The_dispatcher_delivers_a_tenants_messages_in_the_order_they_were_raised_and_marks_them()
    {
        await using var database = await CreateAsync();
        await database.RaiseAsync(Otsuchi, 1, 2, 3, 4, 5);
        database.Time.Advance(TimeSpan.FromSeconds(1));
        await database.RaiseAsync(Otsuchi, 6, 7);
        database.Time.Advance(TimeSpan.FromSeconds(1));

        var dispatched = await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(7, dispatched);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], database.Handled.NumbersOf(Otsuchi));
        Assert.All(await database.MessagesAsync(Otsuchi), m =>
        {
            Assert.Equal(database.Time.GetUtcNow(), m.DispatchedAt);
            Assert.Equal(1, m.Attempts);
            Assert.Null(m.LastErrorCode);
        });
        Assert.Equal(0, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));
        Assert.Equal(7, database.Handled.All.Count);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_after_a_backoff_and_later_messages_wait_for_it()
    {
        await using var database = await CreateAsync();
        await database.RaiseAsync(Otsuchi, 1, 2);
        database.Handled.FailFor(1, times: 2);

        Assert.Equal(0, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));
        var failed = (await database.MessagesAsync(Otsuchi))[0];
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(nameof(InvalidOperationException), failed.LastErrorCode);
        Assert.Equal(database.Time.GetUtcNow().AddSeconds(10), failed.NextAttemptAt);
        Assert.Empty(database.Handled.All);

        // Not yet due: nothing is tried.
        database.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, (await database.MessagesAsync(Otsuchi))[0].Attempts);

        database.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));
        failed = (await database.MessagesAsync(Otsuchi))[0];
        Assert.Equal(2, failed.Attempts);
        Assert.Equal(database.Time.GetUtcNow().AddSeconds(20), failed.NextAttemptAt);

        database.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(2, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));
        Assert.Equal([1, 2], database.Handled.NumbersOf(Otsuchi));
        var delivered = await database.MessagesAsync(Otsuchi);
        Assert.Equal(3, delivered[0].Attempts);
        Assert.All(delivered, m => Assert.NotNull(m.DispatchedAt));
    }

    [Fact]
    public async Task A_message_delivered_again_after_a_crash_before_it_was_marked_is_skipped_by_the_inbox()
    {
        await using var database = await CreateAsync();
        await database.RaiseAsync(Otsuchi, 1);
        await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken);

        // The state a crash between the handler's commit and the marking leaves: a receipt, no dispatched_at.
        Assert.Equal(1, await database.ExecuteSqlAsync("UPDATE outbox_messages SET dispatched_at = NULL"));
        Assert.Equal(1, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));

        Assert.Equal([1], database.Handled.NumbersOf(Otsuchi));
        Assert.NotNull(Assert.Single(await database.MessagesAsync(Otsuchi)).DispatchedAt);
    }

    [Fact]
    public async Task Handlers_run_in_the_tenant_scope_of_the_message_and_see_only_that_tenants_rows()
    {
        await using var database = await CreateAsync();
        await database.RaiseAsync(Otsuchi, 1, 2);
        await database.RaiseAsync(Noda, 101);

        Assert.Equal(3, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));

        Assert.Equal([1, 2], database.Handled.NumbersOf(Otsuchi));
        Assert.Equal([101], database.Handled.NumbersOf(Noda));
        Assert.All(database.Handled.All, h => Assert.Equal([h.TenantId], h.VisibleOutboxTenants));
    }

    [Fact]
    public async Task A_failing_message_of_one_tenant_does_not_hold_up_another_tenant()
    {
        await using var database = await CreateAsync();
        await database.RaiseAsync(Otsuchi, 1);
        await database.RaiseAsync(Noda, 101);
        database.Handled.FailFor(1, times: 1);

        Assert.Equal(1, await database.Dispatcher.DispatchOnceAsync(TestContext.Current.CancellationToken));

        Assert.Empty(database.Handled.NumbersOf(Otsuchi));
        Assert.Equal([101], database.Handled.NumbersOf(Noda));
    }
}
