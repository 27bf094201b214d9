using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Features.DisclosureRestrictions;
using Tsunagi.Residents.Tests.Features.Search;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.DisclosureRestrictions;

/// <summary>The period of a measure registered without an end date comes from the setting <c>residents.support-measure</c>.</summary>
public sealed class SupportMeasurePeriodTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Without_an_end_date_a_measure_runs_one_year_and_a_towns_shorter_period_applies_from_its_setting()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "８番地",
            RegisterSeed.Person("期間", "一", "キカン", "ハジメ"), RegisterSeed.Person("期間", "花子", "キカン", "ハナコ", relationship: "妻", sex: "female"));
        using var admin = await Staff.AdministratorAsync(factory);

        await admin.SubmitAsync($"/residents/{ids[0]}/restrictions", "register", ("Register.StartsOn", "R8.11.1"), ("Register.Scope", "all"), ("Register.Reason", "DV"));
        await StoreTownPeriodAsync(months: 6);
        await admin.SubmitAsync($"/residents/{ids[1]}/restrictions", "register", ("Register.StartsOn", "R8.11.1"), ("Register.Scope", "all"), ("Register.Reason", "DV"));

        Assert.Equal(new DateOnly(2027, 10, 31), await EndOfMeasureAsync(ids[0]));
        Assert.Equal(new DateOnly(2027, 4, 30), await EndOfMeasureAsync(ids[1]));
    }

    [Fact]
    public void A_period_longer_than_the_one_year_of_the_handbook_is_refused_with_the_field_named()
    {
        var problems = SupportMeasureSettings.Period.CheckRules(new SupportMeasurePeriod(13)).ToList();

        Assert.Equal("months", Assert.Single(problems).Path);
        Assert.Contains("1から12までの月数", problems[0].Problem, StringComparison.Ordinal);
        Assert.Empty(SupportMeasureSettings.Period.CheckRules(new SupportMeasurePeriod(12)));
    }

    private Task<bool> StoreTownPeriodAsync(int months) =>
        factory.Services.InTenantScopeAsync(RegisterSeed.Otsuchi, TenantKind.Municipality, async sp =>
        {
            var definition = SupportMeasureSettings.Period;
            await sp.GetRequiredService<SettingsStore>().AppendAsync(definition.Key, SettingScope.Municipality(RegisterSeed.Otsuchi), new DateOnly(2020, 4, 1),
                definition.Serialize(new SupportMeasurePeriod(months)), Guid.CreateVersion7(), null, TestContext.Current.CancellationToken);
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
            return true;
        });

    private Task<DateOnly> EndOfMeasureAsync(Guid residentId) =>
        factory.Services.InTenantScopeAsync(RegisterSeed.Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<ResidentsDbContext>().DisclosureRestrictions.Where(r => r.ResidentId == residentId).Select(r => r.EndsOn).SingleAsync(TestContext.Current.CancellationToken));
}
