using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Features.Birth;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.Birth;

public sealed class BirthApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Path = "/api/v1/notifications/birth";

    [Fact]
    public async Task A_newborn_is_entered_into_the_household_as_a_child_at_its_address_with_audit_and_event()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Input(family, "2026-11-10"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var childId = json.RootElement.GetProperty("residentId").GetGuid();
        Assert.False(json.RootElement.GetProperty("lateNotification").GetBoolean());
        await InTenantAsync(factory, async (db, platform) =>
        {
            var child = await db.Residents.SingleAsync(r => r.Id == childId);
            Assert.Equal(family.HouseholdId, child.HouseholdId);
            Assert.Equal("子", child.Relationship);
            Assert.Equal("大槌町末広町１番１号　末広ハイツ１０１", child.AddressLine);
            Assert.Equal(new DateOnly(2026, 11, 10), child.Record.BecameResidentOn);
            var change = await db.ResidencyChanges.SingleAsync(c => c.ResidentId == childId);
            Assert.Equal(new DateOnly(2026, 11, 10), change.EffectiveOn);
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == "residents.birth" && a.SubjectId == childId.ToString()));
            Assert.Equal(1, await platform.OutboxMessages.CountAsync(m => m.Type.EndsWith("ResidentBorn") && m.Payload.Contains(childId.ToString())));
            return 0;
        });
        Assert.Equal(1, await family.HouseholdVersionAsync(factory));
    }

    [Fact]
    public async Task A_birth_notified_more_than_14_days_later_is_accepted_and_flagged_late()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Input(family, "2026-11-08"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.True(json.RootElement.GetProperty("lateNotification").GetBoolean());
    }

    [Fact]
    public async Task A_birth_in_the_future_is_refused_with_the_field_named()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Input(family, "2026-12-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("生年月日：未来の日付は指定できません。", await ErrorAsync(response, "child.dateOfBirth"));
        Assert.Equal(0, await family.HouseholdVersionAsync(factory));
    }

    [Fact]
    public async Task A_form_made_before_the_household_changed_is_a_conflict_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        using var first = await PostAsync(client, Path, token, Input(family, "2026-11-10"));
        var count = await InTenantAsync(factory, (db, _) => db.Residents.CountAsync(r => r.HouseholdId == family.HouseholdId));

        using var stale = await PostAsync(client, Path, token, Input(family, "2026-11-11"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(count, await InTenantAsync(factory, (db, _) => db.Residents.CountAsync(r => r.HouseholdId == family.HouseholdId)));
    }

    [Fact]
    public async Task A_newborn_cannot_be_the_household_head()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Input(family, "2026-11-10");
        input.Child.Relationship = "世帯主";

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("続柄：出生した子を世帯主にすることはできません。", await ErrorAsync(response, "child.relationship"));
    }

    private static BirthInput Input(RegisteredFamily family, string bornOn) => new()
    {
        HouseholdId = family.HouseholdId.ToString(),
        HouseholdVersion = 0,
        NotifiedOn = "2026-11-23",
        Child = new PersonInput { FamilyName = "髙橋", GivenName = "陽菜", FamilyNameKana = "タカハシ", GivenNameKana = "ヒナ", DateOfBirth = bornOn, Sex = "female" },
    };

    private async Task<(HttpClient Client, string Token)> ClientAsync()
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
    }
}
