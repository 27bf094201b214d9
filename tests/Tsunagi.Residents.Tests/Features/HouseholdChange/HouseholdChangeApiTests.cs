using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.HouseholdChange;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Features.HouseholdChange.HouseholdChangeRequests;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.HouseholdChange;

public sealed class HouseholdChangeApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_split_moves_the_leaving_members_to_a_new_household_with_one_head_audited_and_announced()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, ApiPath, token, await ChildLeavesAsync(factory, family));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var formed = json.RootElement.GetProperty("newHouseholdId").GetGuid();
        await InTenantAsync(factory, async (db, platform) =>
        {
            var child = await db.Residents.SingleAsync(r => r.Id == family.Child);
            Assert.Equal(formed, child.HouseholdId);
            Assert.Equal(Relationships.Head, child.Relationship);
            Assert.True(await db.Households.AnyAsync(h => h.Id == formed));
            var remaining = await db.Residents.Where(r => r.HouseholdId == family.HouseholdId).ToListAsync();
            Assert.Empty(Household.CheckMembers([.. remaining.Select(r => r.Record)]));
            Assert.Equal(2, remaining.Count);
            Assert.Equal(1, await db.ResidencyChanges.CountAsync(c => c.ResidentId == family.Child && c.Kind == ChangeKind.HouseholdSplit));
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == HouseholdChangeHandler.Operation && a.SubjectId == family.Child.ToString()));
            var events = await platform.OutboxMessages.Where(m => m.Type.EndsWith("HouseholdChanged")).Select(m => m.Payload).ToListAsync();
            Assert.Single(events, e => e.Contains(family.HouseholdId.ToString(), StringComparison.Ordinal));
            Assert.Single(events, e => e.Contains(formed.ToString(), StringComparison.Ordinal) && e.Contains(family.Child.ToString(), StringComparison.Ordinal));
            return 0;
        });
    }

    [Fact]
    public async Task A_head_change_makes_the_chosen_member_head_and_the_history_shows_it()
    {
        var (client, token) = await ClientAsync("residents.write residents.read");
        var family = await MoveInAsync(factory, client, token);
        var householdVersion = await family.HouseholdVersionAsync(factory);

        using var response = await PostAsync(client, ApiPath, token, await WifeBecomesHeadAsync(factory, family));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var wife = await InTenantAsync(factory, (db, _) => db.Residents.SingleAsync(r => r.Id == family.Wife));
        Assert.Equal(Relationships.Head, wife.Relationship);
        Assert.True(await family.HouseholdVersionAsync(factory) > householdVersion);
        using var history = await TokenRequests.GetAsync(client, $"/api/v1/residents/{family.Wife}/history", token);
        Assert.Contains("世帯主変更", await history.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_moves_every_member_of_the_other_household_in_and_ends_it()
    {
        var (client, token) = await ClientAsync();
        var receiving = await MoveInAsync(factory, client, token);
        var joining = await MoveInAsync(factory, client, token);
        var input = new HouseholdChangeInput
        {
            Kind = "合併",
            EffectiveOn = "2026-11-20",
            NotifiedOn = "2026-11-23",
            HouseholdId = receiving.HouseholdId,
            HouseholdVersion = await receiving.HouseholdVersionAsync(factory),
            OtherHouseholdId = joining.HouseholdId,
            OtherHouseholdVersion = await joining.HouseholdVersionAsync(factory),
            Members = [Member(joining.Head, "同居人"), Member(joining.Wife, "同居人"), Member(joining.Child, "同居人")],
        };

        using var response = await PostAsync(client, ApiPath, token, input);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InTenantAsync(factory, async (db, _) =>
        {
            Assert.Equal(6, await db.Residents.CountAsync(r => r.HouseholdId == receiving.HouseholdId));
            Assert.NotNull((await db.Households.SingleAsync(h => h.Id == joining.HouseholdId)).EndedOn);
            Assert.Equal(3, await db.ResidencyChanges.CountAsync(c => c.Kind == ChangeKind.HouseholdMerge && c.EffectiveOn == new DateOnly(2026, 11, 20) && (c.ResidentId == joining.Head || c.ResidentId == joining.Wife || c.ResidentId == joining.Child)));
            return 0;
        });
    }

    [Fact]
    public async Task A_split_whose_leavers_have_no_head_is_refused_naming_the_new_household()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = await ChildLeavesAsync(factory, family);
        input.Members = [Member(family.Child, "子", leaves: true)];
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, ApiPath, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("新しい世帯：世帯主がいません。続柄が「世帯主」の人を1人にしてください。", await ErrorAsync(response, "newHousehold"));
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_head_change_leaving_two_heads_is_refused_naming_the_household()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = await WifeBecomesHeadAsync(factory, family);
        input.Members[0].Relationship = Relationships.Head;

        using var response = await PostAsync(client, ApiPath, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("世帯：世帯主が2人以上います。世帯主は1世帯に1人です。", await ErrorAsync(response, "household"));
    }

    [Fact]
    public async Task A_person_of_another_household_cannot_be_named()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var other = await MoveInAsync(factory, client, token);
        var input = await ChildLeavesAsync(factory, family);
        input.Members = [Member(other.Child, "世帯主", leaves: true)];

        using var response = await PostAsync(client, ApiPath, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("住民（1人目）：この世帯の住民ではありません", await ErrorAsync(response, "members[0].residentId"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-22", "2026-11-21", "異動日：届出日より後の日付は指定できません。")]
    [InlineData("2026-11-25", "2026-11-25", "異動日：未来の日付は指定できません。")]
    public async Task A_date_of_change_after_the_notification_or_in_the_future_is_refused(string effectiveOn, string notifiedOn, string message)
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = await ChildLeavesAsync(factory, family);
        input.EffectiveOn = effectiveOn;
        input.NotifiedOn = notifiedOn;
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, ApiPath, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(message, await ErrorAsync(response, "effectiveOn"));
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_stale_resident_version_is_a_conflict_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = await ChildLeavesAsync(factory, family);
        input.Members = [Member(family.Child, "世帯主", leaves: true, version: 9)];
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, ApiPath, token, input);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_form_made_before_the_last_household_change_is_a_conflict()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var stale = await ChildLeavesAsync(factory, family);
        using var first = await PostAsync(client, ApiPath, token, await WifeBecomesHeadAsync(factory, family));

        using var response = await PostAsync(client, ApiPath, token, stale);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_result_and_writes_nothing()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = await ChildLeavesAsync(factory, family);
        var key = "split-" + Guid.CreateVersion7().ToString("N");
        using var first = await PostAsync(client, ApiPath, token, input, key);
        var changes = await family.ChangeCountAsync(factory);
        var households = await InTenantAsync(factory, (db, _) => db.Households.CountAsync());

        using var repeat = await PostAsync(client, ApiPath, token, input, key);

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await repeat.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
        Assert.Equal(households, await InTenantAsync(factory, (db, _) => db.Households.CountAsync()));
    }

    [Fact]
    public async Task Another_towns_household_is_not_found()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var noda = await TokenRequests.AccessTokenAsync(client, "035033", "residents.write");

        using var response = await PostAsync(client, ApiPath, noda, await ChildLeavesAsync(factory, family));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await VersionOfAsync(factory, family.Child));
    }

    private async Task<(HttpClient Client, string Token)> ClientAsync(string scope = "residents.write")
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, scope));
    }
}
