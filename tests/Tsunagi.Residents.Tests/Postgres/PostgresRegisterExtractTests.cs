using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Postgres;

/// <summary>The register extract on PostgreSQL as the application role: a past day (history search) and another town under row-level security.</summary>
[Trait("Lane", "postgres")]
public sealed class PostgresRegisterExtractTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task A_household_on_a_past_day_holds_a_member_since_removed_and_another_town_finds_nothing()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "５番地",
            RegisterSeed.Person("過去", "一郎", "カコ", "イチロウ"),
            RegisterSeed.Person("過去", "花子", "カコ", "ハナコ", dateOfBirth: "1982-08-15", relationship: "妻", sex: "female"));
        await RegisterSeed.RemoveAsync(factory, ids[0], new DateOnly(2026, 11, 21));

        var (before, removed) = await ReadAsync(RegisterSeed.Otsuchi, async extract =>
        {
            var head = await extract.PersonAsOfAsync(ids[0], new DateOnly(2026, 11, 23), "証明書交付");
            return (await extract.HouseholdAsOfAsync(head!.HouseholdId, new DateOnly(2026, 11, 20), "証明書交付"), head);
        });
        var (fromNoda, householdFromNoda) = await ReadAsync(RegisterSeed.Noda, async extract =>
            (await extract.PersonAsOfAsync(ids[0], new DateOnly(2026, 11, 23), "証明書交付"),
             await extract.HouseholdAsOfAsync(removed.HouseholdId, new DateOnly(2026, 11, 20), "証明書交付")));

        Assert.Equal([ids[0], ids[1]], before!.Members.Select(m => m.ResidentId));
        Assert.Equal(("死亡", "過去　一郎"), (removed.Removal?.Reason, removed.HouseholdHeadName));
        Assert.Null(fromNoda);
        Assert.Null(householdFromNoda);
    }

    private Task<T> ReadAsync<T>(string tenant, Func<IRegisterExtract, Task<T>> read) =>
        factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, sp => read(sp.GetRequiredService<IRegisterExtract>()));
}
