using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Settings;

public sealed class StoredSettingsTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static readonly SettingDefinition<Retention> RetentionYears = new("test.retention", new Retention(5), "保存年限", "Retention");

    [Fact]
    public async Task A_stored_national_value_is_read_by_a_town_from_its_effective_date_and_the_cache_follows_the_write()
    {
        var before = await ReadAsync("034614", new DateOnly(2027, 4, 1));
        await factory.Services.InTenantScopeAsync("sanriku", TenantKind.Consortium, async sp =>
        {
            await sp.GetRequiredService<SettingsStore>().AppendAsync(RetentionYears.Key, SettingScope.National, new DateOnly(2027, 4, 1), RetentionYears.Serialize(new Retention(7)), Guid.CreateVersion7(), null, TestContext.Current.CancellationToken);
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
            return true;
        });

        Assert.Equal(5, before);
        Assert.Equal(5, await ReadAsync("034614", new DateOnly(2027, 3, 31)));
        Assert.Equal(7, await ReadAsync("034614", new DateOnly(2027, 4, 1)));
    }

    private Task<int> ReadAsync(string town, DateOnly asOf) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, async sp =>
            (await sp.GetRequiredService<SettingsReader>().GetAsync(RetentionYears, asOf, TestContext.Current.CancellationToken)).Years);

    private sealed record Retention(int Years);
}
