using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tsunagi.Platform.Messaging;
using static Tsunagi.Platform.Tests.Messaging.OutboxDatabase;

namespace Tsunagi.Platform.Tests.Messaging;

public sealed class OutboxDispatcherServiceTests
{
    [Fact]
    public async Task The_background_service_dispatches_when_its_timer_ticks_and_stops_cleanly()
    {
        await using var database = await CreateAsync();
        await database.RaiseAsync(Otsuchi, 1);
        var service = database.Services.GetServices<IHostedService>().OfType<OutboxDispatcherService>().Single();
        await service.StartAsync(TestContext.Current.CancellationToken);

        Assert.False(database.Handled.FirstHandled.IsCompleted);
        database.Time.Advance(new OutboxSettings().PollInterval);
        await database.Handled.FirstHandled.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        await service.StopAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.True(service.ExecuteTask?.IsCompletedSuccessfully);
        Assert.Equal([1], database.Handled.NumbersOf(Otsuchi));
    }
}
