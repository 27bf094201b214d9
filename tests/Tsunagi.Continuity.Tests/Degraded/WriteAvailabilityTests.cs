using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Degraded;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Tests.Degraded;

public sealed class WriteAvailabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reported_failure_holds_for_the_cache_period_then_the_database_is_probed_again()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var availability = factory.Services.GetRequiredService<IWriteAvailability>();
        Assert.IsType<DatabaseWriteAvailability>(availability);
        Assert.Equal(WriteAvailability.Available, await availability.CurrentAsync(Ct));

        availability.ReportFailure(WriteAvailability.Failing);
        factory.Time.Advance(DatabaseWriteAvailability.CachePeriod - TimeSpan.FromSeconds(1));
        Assert.Equal(WriteAvailability.Failing, await availability.CurrentAsync(Ct));

        factory.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(WriteAvailability.Available, await availability.CurrentAsync(Ct));
    }

    [Fact]
    public async Task Read_only_connection_is_probed_as_read_only()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var readOnly = new ReadOnlyFactory(source);

        Assert.Equal(WriteAvailability.ReadOnly, await readOnly.Services.GetRequiredService<IWriteAvailability>().CurrentAsync(Ct));
    }
}
