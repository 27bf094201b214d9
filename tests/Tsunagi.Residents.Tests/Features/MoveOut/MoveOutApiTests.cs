using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveOut;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.MoveOut;

public sealed class MoveOutApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Path = "/api/v1/notifications/move-out";

    [Fact]
    public async Task A_whole_household_moving_out_becomes_removed_records_with_a_certificate_audit_and_events()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Whole(family, destination: "035033"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var number = json.RootElement.GetProperty("certificateNumber").GetString()!;
        Assert.Matches("^2026-[0-9]{6}$", number);
        await InTenantAsync(factory, async (db, platform) =>
        {
            var removed = await db.Residents.Where(r => r.HouseholdId == family.HouseholdId).ToListAsync();
            Assert.All(removed, r => Assert.Equal(ResidentStatus.Removed, r.Status));
            Assert.All(removed, r => Assert.Equal(new DateOnly(2026, 11, 30), r.RemovedOn));
            Assert.All(removed, r => Assert.Equal(ChangeKind.MoveOut, r.RemovalKind));
            var certificate = await db.MoveOutCertificates.SingleAsync(c => c.Number == number);
            Assert.Equal("035033", certificate.DestinationMunicipalityCode);
            Assert.Equal(3, JsonSerializer.Deserialize<List<ResidentRecord>>(certificate.RecordsJson, JsonSerializerOptions.Web)!.Count);
            var ids = removed.Select(r => r.Id.ToString()).ToList();
            Assert.Equal(3, await platform.AuditEvents.CountAsync(a => a.Action == "residents.move-out" && ids.Contains(a.SubjectId)));
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == "residents.move-out-certificate.issue" && a.SubjectId == certificate.Id.ToString()));
            var events = await platform.OutboxMessages.Where(m => m.Type.EndsWith("ResidentMovedOut")).Select(m => m.Payload).ToListAsync();
            Assert.Equal(3, events.Count(p => ids.Exists(id => p.Contains(id, StringComparison.Ordinal))));
            return 0;
        });
        Assert.Equal(1, await family.HouseholdVersionAsync(factory));
    }

    [Fact]
    public async Task When_the_head_leaves_and_others_stay_the_new_head_must_be_named_and_nothing_is_written_without()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, Path, token, Input(family, [At(family.Head, 1)]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("新しい世帯主：世帯主が世帯を離れ、残る世帯員がいるため、新しい世帯主を選んでください。", await ErrorAsync(response, "newHead"));
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_head_moving_out_ahead_of_the_planned_day_hands_the_household_to_the_named_member()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Input(family, [At(family.Head, 1)], planned: "2026-12-05");
        input.NewHead = At(family.Wife, 1);

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await InTenantAsync(factory, async (db, _) =>
        {
            var wife = await db.Residents.SingleAsync(r => r.Id == family.Wife);
            Assert.Equal(Relationships.Head, wife.Relationship);
            var headChange = await db.ResidencyChanges.SingleAsync(c => c.ResidentId == family.Wife && c.Kind == ChangeKind.HouseholdHeadChange);
            Assert.Equal(new DateOnly(2026, 12, 5), headChange.EffectiveOn);
            Assert.Equal(ResidentStatus.Removed, (await db.Residents.SingleAsync(r => r.Id == family.Head)).Status);
            return 0;
        });
    }

    [Fact]
    public async Task A_new_head_who_also_leaves_is_refused()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Input(family, [At(family.Head, 1), At(family.Wife, 1)]);
        input.NewHead = At(family.Wife, 1);

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("新しい世帯主：新しい世帯主は世帯に残る人から選んでください。", await ErrorAsync(response, "newHead"));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, Path, token, Input(family, [At(family.Child, 0)]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("他の職員が先に更新しました", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
        Assert.Equal(0, await family.HouseholdVersionAsync(factory));
    }

    [Fact]
    public async Task A_repeat_with_the_same_key_returns_the_first_certificate_and_issues_no_second()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var key = "move-out-" + Guid.CreateVersion7().ToString("N");
        using var first = await PostAsync(client, Path, token, Input(family, [At(family.Child, 1)]), key);
        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        using var second = await PostAsync(client, Path, token, Input(family, [At(family.Child, 1)]), key);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var certificates = await InTenantAsync(factory, (db, _) => db.MoveOutCertificates.CountAsync(c => c.HouseholdId == family.HouseholdId));
        Assert.Equal(1, certificates);
    }

    [Fact]
    public async Task A_removed_resident_cannot_move_out_again()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        using var first = await PostAsync(client, Path, token, Input(family, [At(family.Child, 1)]));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var changes = await family.ChangeCountAsync(factory);

        using var again = await PostAsync(client, Path, token, Input(family, [At(family.Child, await VersionOfAsync(factory, family.Child))]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("住民（1人目）：この住民は除票になっているため変更できません。", await ErrorAsync(again, "members[0].residentId"));
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_move_out_notified_more_than_14_days_after_the_move_is_accepted_and_flagged_late()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Input(family, [At(family.Child, 1)], planned: "2026-11-08"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.True(json.RootElement.GetProperty("lateNotification").GetBoolean());
    }

    [Fact]
    public async Task A_destination_outside_the_consortium_cannot_be_chosen_as_a_member_town()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Whole(family, destination: "011002"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("転出先の市区町村：", await ErrorAsync(response, "destinationMunicipalityCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_municipalitys_household_is_not_found()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var noda = await TokenRequests.AccessTokenAsync(client, "035033", "residents.write");

        using var response = await PostAsync(client, Path, noda, Whole(family));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await family.HouseholdVersionAsync(factory));
    }

    [Fact]
    public async Task Missing_dates_and_address_are_each_named()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Input(family, [At(family.Child, 1)]);
        input.PlannedMoveOutOn = "明日";
        input.DestinationAddress = " ";

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("転出予定日：日付として読めません", await ErrorAsync(response, "plannedMoveOutOn"), StringComparison.Ordinal);
        Assert.Equal("転出先の住所：入力してください。", await ErrorAsync(response, "destinationAddress"));
    }

    internal static MoveOutInput Input(RegisteredFamily family, IList<Residents.Notifications.ResidentVersionInput> members, string planned = "2026-11-30", string? destination = null) => new()
    {
        HouseholdId = family.HouseholdId.ToString(),
        Members = members,
        PlannedMoveOutOn = planned,
        NotifiedOn = "2026-11-23",
        DestinationAddress = "岩手県下閉伊郡野田村大字野田２０番地",
        DestinationMunicipalityCode = destination,
    };

    internal static MoveOutInput Whole(RegisteredFamily family, string? destination = null) =>
        Input(family, [At(family.Head, 1), At(family.Wife, 1), At(family.Child, 1)], destination: destination);

    private async Task<(HttpClient Client, string Token)> ClientAsync()
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
    }
}
