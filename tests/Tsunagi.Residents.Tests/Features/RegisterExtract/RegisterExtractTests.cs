using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Features.Birth;
using Tsunagi.Residents.Features.MoveOut;
using Tsunagi.Residents.Features.RegisterExtract;
using Tsunagi.Residents.Features.Relocation;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Tests.Features.HouseholdChange;
using Tsunagi.Residents.Tests.Features.MoveOut;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.RegisterExtract;

public sealed class RegisterExtractTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Purpose = "証明書交付";
    private const string FirstAddress = "大槌町末広町１番１号　末広ハイツ１０１";

    [Fact]
    public async Task A_person_as_of_a_day_before_a_relocation_has_the_old_address_and_after_it_the_new()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        using var relocated = await PostAsync(client, "/api/v1/notifications/relocation", token, new RelocationInput
        {
            HouseholdId = family.HouseholdId.ToString(),
            Members = [At(family.Head, 1), At(family.Wife, 1), At(family.Child, 1)],
            MovedOn = "R8.11.15",
            NotifiedOn = "2026-11-20",
            Address = new AddressInput { PostalCode = "028-1121", Locality = "大槌町小鎚", Lot = "２２番地" },
        });
        Assert.Equal(HttpStatusCode.OK, relocated.StatusCode);

        var before = await ExtractAsync(e => e.PersonAsOfAsync(family.Head, new DateOnly(2026, 11, 14), Purpose));
        var after = await ExtractAsync(e => e.PersonAsOfAsync(family.Head, new DateOnly(2026, 11, 15), Purpose));

        Assert.Equal(FirstAddress, before!.AddressLine);
        Assert.Equal(new RegisterLastChange("転入", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1)), before.LastChange);
        Assert.Equal("大槌町小鎚２２番地", after!.AddressLine);
        Assert.Equal(new RegisterLastChange("転居", new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 20)), after.LastChange);
        Assert.Equal(new DateOnly(2026, 11, 15), after.AddressSetOn);
        Assert.Equal(("髙橋", "一郎", "髙橋　一郎", "世帯主", RegisterSex.Male), (after.FamilyName, after.GivenName, after.HouseholdHeadName, after.Relationship, after.Sex));
        Assert.Null(after.Removal);
    }

    [Fact]
    public async Task A_household_as_of_a_day_before_a_birth_leaves_the_child_out_and_lists_the_head_first()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        using var born = await PostAsync(client, "/api/v1/notifications/birth", token, new BirthInput
        {
            HouseholdId = family.HouseholdId.ToString(),
            HouseholdVersion = 0,
            NotifiedOn = "2026-11-23",
            Child = new PersonInput { FamilyName = "髙橋", GivenName = "陽菜", FamilyNameKana = "タカハシ", GivenNameKana = "ヒナ", DateOfBirth = "2026-11-10", Sex = "female" },
        });
        Assert.Equal(HttpStatusCode.Created, born.StatusCode);

        var before = await ExtractAsync(e => e.HouseholdAsOfAsync(family.HouseholdId, new DateOnly(2026, 11, 9), Purpose));
        var after = await ExtractAsync(e => e.HouseholdAsOfAsync(family.HouseholdId, new DateOnly(2026, 11, 23), Purpose));

        Assert.Equal([family.Head, family.Wife, family.Child], before!.Members.Select(m => m.ResidentId));
        Assert.Equal(["一郎", "花子", "翔太", "陽菜"], after!.Members.Select(m => m.GivenName));
        Assert.Equal("出生", after.Members[3].LastChange.Reason);
        Assert.All(after.Members, m => Assert.Equal("髙橋　一郎", m.HouseholdHeadName));
    }

    [Fact]
    public async Task A_household_as_of_a_day_before_a_split_still_holds_the_member_who_left()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        using var split = await PostAsync(client, HouseholdChangeRequests.ApiPath, token, await HouseholdChangeRequests.ChildLeavesAsync(factory, family));
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);

        var before = await ExtractAsync(e => e.HouseholdAsOfAsync(family.HouseholdId, new DateOnly(2026, 11, 19), Purpose));
        var today = await ExtractAsync(e => e.HouseholdAsOfAsync(family.HouseholdId, new DateOnly(2026, 11, 23), Purpose));
        var child = await ExtractAsync(e => e.PersonAsOfAsync(family.Child, new DateOnly(2026, 11, 23), Purpose));

        Assert.Equal([family.Head, family.Wife, family.Child], before!.Members.Select(m => m.ResidentId));
        Assert.Equal([family.Head, family.Wife], today!.Members.Select(m => m.ResidentId));
        Assert.Equal(("世帯分離", "世帯主", "髙橋　翔太"), (child!.LastChange.Reason, child.Relationship, child.HouseholdHeadName));
        Assert.NotEqual(family.HouseholdId, child.HouseholdId);
    }

    [Fact]
    public async Task After_a_death_the_person_is_a_removed_record_with_the_removal_and_leaves_the_household()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        await RegisterSeed.RemoveAsync(factory, family.Head, new DateOnly(2026, 11, 21));

        var alive = await ExtractAsync(e => e.PersonAsOfAsync(family.Head, new DateOnly(2026, 11, 20), Purpose));
        var removed = await ExtractAsync(e => e.PersonAsOfAsync(family.Head, new DateOnly(2026, 11, 23), Purpose));
        var household = await ExtractAsync(e => e.HouseholdAsOfAsync(family.HouseholdId, new DateOnly(2026, 11, 23), Purpose));

        Assert.Null(alive!.Removal);
        Assert.Equal(new RegisterRemoval("死亡", new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 21), null), removed!.Removal);
        Assert.Equal("死亡", removed.LastChange.Reason);
        Assert.Equal("髙橋　一郎", removed.HouseholdHeadName);
        Assert.DoesNotContain(household!.Members, m => m.ResidentId == family.Head);
    }

    [Fact]
    public async Task A_move_out_gives_the_move_out_certificate_data_and_a_removed_record_with_the_destination()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        using var movedOut = await PostAsync(client, "/api/v1/notifications/move-out", token, MoveOutApiTests.Whole(family));
        Assert.Equal(HttpStatusCode.Created, movedOut.StatusCode);

        var certificate = await ExtractAsync(e => e.LatestMoveOutAsync(family.Wife, Purpose));
        var stillHere = await ExtractAsync(e => e.PersonAsOfAsync(family.Wife, new DateOnly(2026, 11, 29), Purpose));
        var gone = await ExtractAsync(e => e.PersonAsOfAsync(family.Wife, new DateOnly(2026, 11, 30), Purpose));

        Assert.Equal((new DateOnly(2026, 11, 30), "岩手県下閉伊郡野田村大字野田２０番地", family.HouseholdId), (certificate!.PlannedMoveOutOn, certificate.DestinationAddress, certificate.HouseholdId));
        Assert.Equal([family.Head, family.Wife, family.Child], certificate.Persons.Select(p => p.ResidentId));
        Assert.All(certificate.Persons, p => Assert.Equal("転出", p.Removal?.Reason));
        Assert.Equal(FirstAddress, certificate.Persons[1].AddressLine);
        Assert.Null(stillHere!.Removal);
        Assert.Equal(new RegisterRemoval("転出", new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 23), "岩手県下閉伊郡野田村大字野田２０番地"), gone!.Removal);
        Assert.Null(await ExtractAsync(e => e.LatestMoveOutAsync(Guid.CreateVersion7(), Purpose)));
    }

    [Fact]
    public async Task Another_towns_ids_are_not_found_and_nothing_is_audited_there()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "９番地", RegisterSeed.Person("他町", "一", "タチョウ", "ハジメ", individualNumber: "123456789018"));
        var householdId = (await ExtractAsync(e => e.PersonAsOfAsync(ids[0], new DateOnly(2026, 11, 23), Purpose)))!.HouseholdId;
        var auditedBefore = (await AuditLog.EventsAsync(factory, RegisterSeed.Noda)).Count;

        Assert.Null(await FromNodaAsync(e => e.PersonAsOfAsync(ids[0], new DateOnly(2026, 11, 23), Purpose)));
        Assert.Null(await FromNodaAsync(e => e.HouseholdAsOfAsync(householdId, new DateOnly(2026, 11, 23), Purpose)));
        Assert.Null(await FromNodaAsync(e => e.HouseholdAsOfAsync(householdId, new DateOnly(2026, 11, 1), Purpose)));
        Assert.Null(await FromNodaAsync(e => e.IndividualNumberAsync(ids[0], Purpose)));
        Assert.Null(await FromNodaAsync(e => e.LatestMoveOutAsync(ids[0], Purpose)));
        Assert.Equal(auditedBefore, (await AuditLog.EventsAsync(factory, RegisterSeed.Noda)).Count);
    }

    [Fact]
    public async Task A_person_not_yet_in_the_register_on_the_day_is_not_found()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        Assert.Null(await ExtractAsync(e => e.PersonAsOfAsync(family.Head, new DateOnly(2026, 9, 30), Purpose)));
    }

    [Fact]
    public async Task Every_read_is_audited_with_its_purpose_and_ids_only()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        await ExtractAsync(e => e.PersonAsOfAsync(family.Wife, new DateOnly(2026, 11, 23), Purpose));
        await ExtractAsync(e => e.HouseholdAsOfAsync(family.HouseholdId, new DateOnly(2026, 11, 23), "証明書交付（世帯）"));

        var events = await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi);
        var person = Assert.Single(events, e => e.Action == RegisterExtractService.PersonAction && e.SubjectId == family.Wife.ToString());
        var household = Assert.Single(events, e => e.Action == RegisterExtractService.HouseholdAction && e.SubjectId == family.HouseholdId.ToString());
        Assert.Equal((Purpose, "resident"), (person.Purpose, person.SubjectType));
        Assert.Equal(("証明書交付（世帯）", "household"), (household.Purpose, household.SubjectType));
    }

    [Fact]
    public async Task The_individual_number_comes_in_clear_only_from_its_own_call_and_that_reveal_is_audited()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        var head = await ExtractAsync(e => e.PersonAsOfAsync(family.Head, new DateOnly(2026, 11, 23), Purpose));
        var wife = await ExtractAsync(e => e.PersonAsOfAsync(family.Wife, new DateOnly(2026, 11, 23), Purpose));
        var number = await ExtractAsync(e => e.IndividualNumberAsync(family.Head, "証明書交付（個人番号記載）"));
        var none = await ExtractAsync(e => e.IndividualNumberAsync(family.Wife, Purpose));

        Assert.True(head!.HasIndividualNumber);
        Assert.False(wife!.HasIndividualNumber);
        Assert.DoesNotContain("123456789018", head.ToString(), StringComparison.Ordinal);
        Assert.Equal("123456789018", number);
        Assert.Null(none);
        var reveal = Assert.Single(await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi), e => e.Action == "residents.individual-number.reveal" && e.SubjectId == family.Head.ToString());
        Assert.Equal("証明書交付（個人番号記載）", reveal.Purpose);
    }

    private Task<T> ExtractAsync<T>(Func<IRegisterExtract, Task<T>> read) =>
        factory.Services.InTenantScopeAsync(RegisterSeed.Otsuchi, TenantKind.Municipality, sp => read(sp.GetRequiredService<IRegisterExtract>()));

    private Task<T> FromNodaAsync<T>(Func<IRegisterExtract, Task<T>> read) =>
        factory.Services.InTenantScopeAsync(RegisterSeed.Noda, TenantKind.Municipality, sp => read(sp.GetRequiredService<IRegisterExtract>()));

    private async Task<(HttpClient Client, string Token)> ClientAsync()
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
    }
}
