using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.Death;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.Death;

public sealed class DeathApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Path = "/api/v1/notifications/death";

    [Fact]
    public async Task A_death_removes_the_person_on_the_date_of_death_with_audit_and_event()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Input(family, At(family.Wife, 1)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InTenantAsync(factory, async (db, platform) =>
        {
            var wife = await db.Residents.SingleAsync(r => r.Id == family.Wife);
            Assert.Equal(ResidentStatus.Removed, wife.Status);
            Assert.Equal(ChangeKind.Death, wife.RemovalKind);
            Assert.Equal(new DateOnly(2026, 11, 20), wife.RemovedOn);
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == "residents.death" && a.SubjectId == family.Wife.ToString()));
            Assert.Equal(1, await platform.OutboxMessages.CountAsync(m => m.Type.EndsWith("ResidentDied") && m.Payload.Contains(family.Wife.ToString())));
            return 0;
        });
    }

    [Fact]
    public async Task When_the_head_dies_and_others_remain_the_new_head_is_required()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, Path, token, Input(family, At(family.Head, 1)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("新しい世帯主：", await ErrorAsync(response, "newHead"), StringComparison.Ordinal);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_deceased_heads_successor_is_recorded_as_a_head_change_in_the_same_notification()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Input(family, At(family.Head, 1));
        input.NewHead = At(family.Wife, 1);

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InTenantAsync(factory, async (db, platform) =>
        {
            var change = await db.ResidencyChanges.SingleAsync(c => c.ResidentId == family.Wife && c.Kind == ChangeKind.HouseholdHeadChange);
            Assert.Equal(new DateOnly(2026, 11, 20), change.EffectiveOn);
            Assert.Equal(Relationships.Head, change.Record.Relationship);
            var registered = await db.Residents.Where(r => r.HouseholdId == family.HouseholdId && r.Status == ResidentStatus.Registered).ToListAsync();
            Assert.Empty(Household.CheckMembers([.. registered.Select(r => r.Record)]));
            Assert.Equal(1, await platform.OutboxMessages.CountAsync(m => m.Type.EndsWith("HouseholdChanged") && m.Payload.Contains(family.Wife.ToString())));
            return 0;
        });
    }

    [Fact]
    public async Task A_death_notified_more_than_7_days_later_is_flagged_late_and_one_within_is_not()
    {
        var (client, token) = await ClientAsync();
        var late = await MoveInAsync(factory, client, token);
        var onTime = await MoveInAsync(factory, client, token);
        var lateInput = Input(late, At(late.Child, 1));
        lateInput.DiedOn = "2026-11-15";
        var onTimeInput = Input(onTime, At(onTime.Child, 1));
        onTimeInput.DiedOn = "2026-11-16";

        using var lateResponse = await PostAsync(client, Path, token, lateInput);
        using var onTimeResponse = await PostAsync(client, Path, token, onTimeInput);

        using var lateJson = await TokenRequests.JsonAsync(lateResponse);
        using var onTimeJson = await TokenRequests.JsonAsync(onTimeResponse);
        Assert.True(lateJson.RootElement.GetProperty("lateNotification").GetBoolean());
        Assert.False(onTimeJson.RootElement.GetProperty("lateNotification").GetBoolean());
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, Path, token, Input(family, At(family.Wife, 7)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_dead_person_cannot_die_again()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        using var first = await PostAsync(client, Path, token, Input(family, At(family.Child, 1)));

        using var again = await PostAsync(client, Path, token, Input(family, At(family.Child, 2)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("死亡した人：この住民は除票になっているため変更できません。", await ErrorAsync(again, "deceased"));
    }

    private static DeathInput Input(RegisteredFamily family, Residents.Notifications.ResidentVersionInput deceased) => new()
    {
        HouseholdId = family.HouseholdId.ToString(),
        Deceased = deceased,
        DiedOn = "R8.11.20",
        NotifiedOn = "2026-11-23",
    };

    private async Task<(HttpClient Client, string Token)> ClientAsync()
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
    }
}
