using Microsoft.Extensions.Time.Testing;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Tests.Metering;

public sealed class UsageMeterTests
{
    private const string Otsuchi = "034614";

    [Fact]
    public void A_count_recorded_at_14_59_UTC_belongs_to_that_Tokyo_day_and_one_at_15_00_UTC_to_the_next()
    {
        var buffer = new UsageBuffer();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 14, 59, 59, TimeSpan.Zero));
        var meter = new UsageMeter(Tenant(Otsuchi), buffer, time);

        meter.Record(UsageMetric.Notifications);
        time.Advance(TimeSpan.FromSeconds(1));
        meter.Record(UsageMetric.Notifications, 2);

        var taken = buffer.Take();
        Assert.Equal(1, taken[new UsageKey(Otsuchi, TenantKind.Municipality, new DateOnly(2026, 11, 23), UsageMetric.Notifications)]);
        Assert.Equal(2, taken[new UsageKey(Otsuchi, TenantKind.Municipality, new DateOnly(2026, 11, 24), UsageMetric.Notifications)]);
    }

    [Fact]
    public void Counts_add_up_while_a_gauge_keeps_its_last_reading()
    {
        var buffer = new UsageBuffer();
        var meter = new UsageMeter(Tenant(Otsuchi), buffer, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero)));

        meter.Record(UsageMetric.Certificates, 2);
        meter.Record(UsageMetric.Certificates, 3);
        meter.Record(UsageMetric.StoredResidents, 100);
        meter.Record(UsageMetric.StoredResidents, 90);

        var taken = buffer.Take();
        Assert.Equal(5, taken.Single(f => f.Key.Metric == UsageMetric.Certificates).Value);
        Assert.Equal(90, taken.Single(f => f.Key.Metric == UsageMetric.StoredResidents).Value);
        Assert.Empty(buffer.Take());
    }

    [Fact]
    public void Outside_a_tenant_nothing_is_recorded_and_nothing_is_thrown()
    {
        var buffer = new UsageBuffer();
        var meter = new UsageMeter(new TenantContext(), buffer, TimeProvider.System);

        meter.Record(UsageMetric.ApiCalls);

        Assert.Empty(buffer.Take());
    }

    [Fact]
    public async Task Increments_from_many_threads_are_not_lost_while_flushes_take_the_buffer()
    {
        var buffer = new UsageBuffer();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        const int Threads = 8;
        const int PerThread = 20_000;
        long flushed = 0;
        using var done = new CancellationTokenSource();
        var flusher = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                flushed += buffer.Take().Values.Sum();
            }
        }, TestContext.Current.CancellationToken);

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(i => Task.Run(() =>
        {
            var meter = new UsageMeter(Tenant(i % 2 == 0 ? Otsuchi : "035033"), buffer, time);
            for (var n = 0; n < PerThread; n++)
            {
                meter.Record(UsageMetric.ApiCalls);
            }
        }, TestContext.Current.CancellationToken)));
        await done.CancelAsync();
        await flusher;
        flushed += buffer.Take().Values.Sum();

        Assert.Equal(Threads * PerThread, flushed);
    }

    [Fact]
    public void Figures_returned_after_a_failed_write_add_to_what_was_recorded_since_and_a_newer_gauge_wins()
    {
        var buffer = new UsageBuffer();
        var day = new DateOnly(2026, 11, 23);
        var count = new UsageKey(Otsuchi, TenantKind.Municipality, day, UsageMetric.ApiCalls);
        var gauge = new UsageKey(Otsuchi, TenantKind.Municipality, day, UsageMetric.ActiveStaff);
        buffer.Add(count, 4);
        buffer.Add(gauge, 2);
        var failed = buffer.Take();
        buffer.Add(count, 1);
        buffer.Add(gauge, 3);

        buffer.Return(failed);

        var taken = buffer.Take();
        Assert.Equal(5, taken[count]);
        Assert.Equal(3, taken[gauge]);
    }

    private static TenantContext Tenant(string code)
    {
        var tenant = new TenantContext();
        tenant.Resolve(code, TenantKind.Municipality);
        return tenant;
    }
}
