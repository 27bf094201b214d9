using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tsunagi.Continuity.Data;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Continuity.Verification;

namespace Tsunagi.Continuity.Tests.Verification;

public sealed class ScheduledVerificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Next_round_is_the_next_0230_in_japan()
    {
        var at = new TimeOnly(2, 30);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 30, 0, TimeSpan.Zero), VerificationSchedule.NextAfter(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero), at));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 17, 30, 0, TimeSpan.Zero), VerificationSchedule.NextAfter(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero), at));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 17, 30, 0, TimeSpan.Zero), VerificationSchedule.NextAfter(new DateTimeOffset(2026, 11, 23, 17, 30, 0, TimeSpan.Zero), at));
    }

    [Fact]
    public void Schedule_defaults_to_nightly_0230_and_can_be_switched_off()
    {
        static VerificationSettings Read(string? value) => VerificationSettings.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Continuity:Verification:Schedule"] = value }).Build());

        Assert.Equal(new TimeOnly(2, 30), Read(null).DailyAt);
        Assert.Equal(new TimeOnly(4, 15), Read("04:15").DailyAt);
        Assert.Null(Read("off").DailyAt);
        Assert.Throws<InvalidOperationException>(() => Read("25:99"));
    }

    [Fact]
    public async Task Scheduled_verification_runs_when_due_and_stores_its_result()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        Assert.Equal(0, await CountAsync(factory));

        // 00:30 UTC is 09:30 in Japan: the host's service is due at 02:30 JST, 17 hours on.
        factory.Time.Advance(TimeSpan.FromHours(17.1));

        var stored = await WaitForVerificationAsync(factory);
        Assert.Equal("schedule", stored.Trigger);
        Assert.True(stored.Passed, stored.Findings);
        Assert.StartsWith(SqliteBackup.Prefix, stored.BackupLabel, StringComparison.Ordinal);
        Assert.NotNull(manifest.RowCounts);
    }

    [Fact]
    public async Task Switched_off_schedule_runs_nothing()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        using var service = new ScheduledVerificationService(
            new VerificationSettings(null, null, null), factory.Services, factory.Time, NullLogger<ScheduledVerificationService>.Instance);

        await service.StartAsync(Ct);

        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
    }

    private static async Task<int> CountAsync(ContinuityFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContinuityDbContext>().BackupVerifications.CountAsync(Ct);
    }

    /// <summary>The round runs on the host's background service; wait for its row (bounded), not for a fixed time.</summary>
    private static async Task<BackupVerification> WaitForVerificationAsync(ContinuityFactory factory)
    {
        for (var i = 0; i < 600; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var found = await scope.ServiceProvider.GetRequiredService<ContinuityDbContext>().BackupVerifications.AsNoTracking().FirstOrDefaultAsync(Ct);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException("no scheduled verification within 30 s");
    }
}
