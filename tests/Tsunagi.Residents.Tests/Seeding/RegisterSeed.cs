using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveIn;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Seeding;

/// <summary>Puts people on the register of a test town the way the counter does: through the move-in handler (and the domain for removals and support measures).</summary>
internal static class RegisterSeed
{
    public const string Otsuchi = "034614";
    public const string Noda = "035033";

    public static PersonInput Person(string family, string given, string familyKana, string givenKana, string dateOfBirth = "1980-04-01", string relationship = "世帯主", string? individualNumber = null, string sex = "male") =>
        new()
        {
            FamilyName = family,
            GivenName = given,
            FamilyNameKana = familyKana,
            GivenNameKana = givenKana,
            DateOfBirth = dateOfBirth,
            Sex = sex,
            Relationship = relationship,
            IndividualNumber = individualNumber,
        };

    /// <summary>Registers one household moving in on 2026-11-20 at 大槌町<paramref name="locality"/><paramref name="lot"/>; returns its residents' ids in order.</summary>
    public static async Task<IReadOnlyList<Guid>> MoveInAsync(TsunagiFactory factory, string locality, string lot, params PersonInput[] members) =>
        await MoveInAsync(factory, Otsuchi, locality, lot, "2026-11-20", members);

    public static async Task<IReadOnlyList<Guid>> MoveInAsync(TsunagiFactory factory, string tenant, string locality, string lot, string movedInOn, params PersonInput[] members)
    {
        var input = new MoveInInput
        {
            MovedInOn = movedInOn,
            NotifiedOn = "2026-11-23",
            PreviousAddress = "岩手県盛岡市内丸１０番１号",
            Address = new AddressInput { PostalCode = "028-1131", Locality = locality, Lot = lot },
            Members = [.. members],
        };
        var reader = new InputReader();
        var command = MoveInParser.Parse(input, reader) ?? throw new InvalidOperationException(string.Join(", ", reader.Problems.Select(p => p.Field + ":" + p.ProblemKey)));
        var result = await factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, sp => sp.GetRequiredService<MoveInHandler>().HandleAsync(command, null));
        return result.ResidentIds;
    }

    /// <summary>Records a death on <paramref name="diedOn"/>: the record becomes a 除票.</summary>
    public static Task RemoveAsync(TsunagiFactory factory, Guid residentId, DateOnly diedOn) =>
        InRegisterAsync(factory, async (db, sp) =>
        {
            var resident = await db.Residents.SingleAsync(r => r.Id == residentId);
            var context = sp.GetRequiredService<NotificationContext>().For(ChangeOrigin.Notification, diedOn, diedOn, null);
            db.ResidencyChanges.Add(resident.Remove(ChangeKind.Death, context));
        });

    /// <summary>A support measure on the address, in force for a year from 2026-11-01.</summary>
    public static Task RestrictAsync(TsunagiFactory factory, Guid residentId) =>
        InRegisterAsync(factory, (db, _) =>
        {
            db.DisclosureRestrictions.Add(new DisclosureRestriction
            {
                TenantId = Otsuchi,
                Id = Guid.CreateVersion7(),
                ResidentId = residentId,
                StartsOn = new DateOnly(2026, 11, 1),
                EndsOn = new DateOnly(2027, 10, 31),
                Scope = RestrictionScope.All,
                Reason = "DV",
                RegisteredBy = "test",
                RegisteredAt = factory.Time.GetUtcNow(),
            });
            return Task.CompletedTask;
        });

    private static Task<int> InRegisterAsync(TsunagiFactory factory, Func<ResidentsDbContext, IServiceProvider, Task> work) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<ResidentsDbContext>();
            return await sp.GetRequiredService<UnitOfWork>().RunAsync(db, async _ =>
            {
                await work(db, sp);
                return 0;
            });
        });
}
