using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Population;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Population;

public sealed class PopulationSeederTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Two_thousand_residents_are_written_with_valid_keys_in_their_own_town_only_and_once()
    {
        var first = await InTown("035033", sp => sp.GetRequiredService<PopulationSeeder>().SeedAsync(2_000, 7, batchSize: 700));
        var again = await InTown("035033", sp => sp.GetRequiredService<PopulationSeeder>().SeedAsync(2_000, 7));

        Assert.InRange(first.Registered, 2_000, 2_010);
        Assert.True(again.AlreadyPopulated);
        await InTown("035033", async sp =>
        {
            var db = sp.GetRequiredService<ResidentsDbContext>();
            var residents = await db.Residents.AsNoTracking().ToListAsync();
            Assert.Equal(first.Registered + first.Removed, residents.Count);
            Assert.Equal(first.Changes, await db.ResidencyChanges.CountAsync());
            Assert.Equal(first.Households, await db.Households.CountAsync());
            Assert.All(residents, r => Assert.Equal(NameSearchKey.For(r.FamilyName + r.GivenName).Value, r.NameKey));
            Assert.All(residents, r => Assert.Equal(r.Record.Name.FamilyName, r.FamilyName));
            var protector = sp.GetRequiredService<PersonalDataProtector>();
            foreach (var resident in residents.Take(20))
            {
                var number = await protector.DecryptAsync(PersonalDataPurpose.IndividualNumber, resident.IndividualNumberCipher!);
                Assert.True(IndividualNumber.TryParse(number, out _, out _));
                Assert.Equal(resident.IndividualNumberIndex, await protector.BlindIndexAsync(PersonalDataPurpose.IndividualNumber, number));
            }

            return 0;
        });
        Assert.Equal(0, await InTown("034851", sp => sp.GetRequiredService<ResidentsDbContext>().Residents.CountAsync()));
    }

    private async Task<T> InTown<T>(string code, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Resolve(code, TenantKind.Municipality);
        return await work(scope.ServiceProvider);
    }
}
