using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Tests.Settings;

public sealed class SettingsCacheAcrossInstancesTests(SettingsTestFactory factory) : IClassFixture<SettingsTestFactory>
{
    private const string Town = "034614";

    [Fact]
    public async Task The_outbox_message_of_an_approval_drops_the_key_on_the_instance_that_delivers_it()
    {
        var from = new DateOnly(2028, 4, 1);
        var request = await factory.RequestRetentionAsync(Town, "admin-a", SettingScope.Municipality(Town), from, 12);
        await factory.AsAsync(Town, "admin-b", c => c.ApproveAsync(request.Id, TestContext.Current.CancellationToken));
        var cache = factory.Services.GetRequiredService<SettingsCache>();
        cache.Set(RetentionSetting.Definition.Key, []);
        Assert.Equal(5, (await factory.ReadAsync(Town, from)).Years);

        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(12, (await factory.ReadAsync(Town, from)).Years);
    }

    [Fact]
    public async Task A_value_stored_by_another_instance_is_seen_after_the_next_check_of_the_table()
    {
        var from = new DateOnly(2029, 4, 1);
        var watcher = factory.Services.GetRequiredService<SettingsCacheWatcher>();
        await watcher.CheckOnceAsync(TestContext.Current.CancellationToken);
        // Other tests of this class may have stored values for the town already: what matters is the value before the write.
        var before = (await factory.ReadAsync(Town, from)).Years;
        Assert.NotEqual(40, before);
        await StoreAsIfAnotherInstanceAsync(from, 40);
        Assert.Equal(before, (await factory.ReadAsync(Town, from)).Years);

        Assert.True(await watcher.CheckOnceAsync(TestContext.Current.CancellationToken));

        Assert.Equal(40, (await factory.ReadAsync(Town, from)).Years);
    }

    /// <summary>A row written without this instance's store, so its cache is not told.</summary>
    private async Task StoreAsIfAnotherInstanceAsync(DateOnly from, int years)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.SettingValues.Add(new SettingValue
        {
            Id = Guid.CreateVersion7(),
            Key = RetentionSetting.Definition.Key,
            ScopeLevel = SettingScopeLevel.Municipality,
            ScopeId = Town,
            EffectiveFrom = from,
            Version = 1,
            ValueJson = RetentionSetting.Definition.Serialize(new RetentionSetting(years, "他の実行環境")),
            RecordedAt = factory.Time.GetUtcNow(),
            RecordedBy = Guid.CreateVersion7(),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
