using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Tests.Settings;

/// <summary>National → prefecture → municipality with stored, approved values, read through the real host on both sides of 4月1日.</summary>
public sealed class SettingInheritanceTests(SettingsTestFactory factory) : IClassFixture<SettingsTestFactory>
{
    private static readonly DateOnly March31 = new(2027, 3, 31);
    private static readonly DateOnly April1 = new(2027, 4, 1);

    [Fact]
    public async Task The_closest_scope_in_force_wins_and_a_revision_takes_effect_on_april_the_first()
    {
        await ApproveAsync("sanriku", SettingScope.National, new DateOnly(2026, 12, 1), 6);
        await ApproveAsync("sanriku", SettingScope.National, April1, 8);
        await ApproveAsync("sanriku", SettingScope.Prefecture("03"), new DateOnly(2026, 12, 1), 7);
        await ApproveAsync("035033", SettingScope.Municipality("035033"), April1, 11);

        Assert.Equal(7, (await factory.ReadAsync("035033", March31)).Years);
        Assert.Equal(11, (await factory.ReadAsync("035033", April1)).Years);
        Assert.Equal(7, (await factory.ReadAsync("034614", April1)).Years);
        Assert.Equal(6, await ReadForAsync("131016", March31));
        Assert.Equal(8, await ReadForAsync("131016", April1));
        Assert.Equal(5, await ReadForAsync("131016", new DateOnly(2026, 11, 30)));
    }

    private async Task ApproveAsync(string tenantId, SettingScope scope, DateOnly from, int years)
    {
        var request = await factory.RequestRetentionAsync(tenantId, "requester", scope, from, years);
        await factory.AsAsync(tenantId, "approver", c => c.ApproveAsync(request.Id, TestContext.Current.CancellationToken));
    }

    private Task<int> ReadForAsync(string municipality, DateOnly asOf) =>
        factory.Services.InTenantScopeAsync("034614", TenantKind.Municipality, async sp =>
            (await sp.GetRequiredService<SettingsReader>().GetForAsync(RetentionSetting.Definition, municipality, asOf, TestContext.Current.CancellationToken)).Years);
}
