using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.RecordAmendment;
using Tsunagi.Residents.Input;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.RecordAmendment;

public sealed class RecordAmendmentApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Path = "/api/v1/notifications/record-amendment";

    [Fact]
    public async Task A_new_registered_domicile_is_recorded_as_one_change_audited_and_announced_without_its_value()
    {
        var (client, token) = await ClientAsync("residents.write residents.read");
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Domicile(family.Wife));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetString() == "registeredDomicile");
        await InTenantAsync(factory, async (db, platform) =>
        {
            var wife = await db.Residents.SingleAsync(r => r.Id == family.Wife);
            Assert.StartsWith("岩手県上閉伊郡大槌町小鎚", wife.Record.RegisteredDomicile, StringComparison.Ordinal);
            Assert.Equal(2, wife.Version);
            var change = await db.ResidencyChanges.SingleAsync(c => c.ResidentId == family.Wife && c.Kind == ChangeKind.RecordAmendment);
            Assert.Equal(new DateOnly(2026, 11, 20), change.EffectiveOn);
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == RecordAmendmentHandler.Operation && a.SubjectId == family.Wife.ToString()));
            var announced = await platform.OutboxMessages.SingleAsync(m => m.Type.EndsWith("ResidentRecordAmended") && m.Payload.Contains(family.Wife.ToString()));
            Assert.DoesNotContain("小鎚", announced.Payload, StringComparison.Ordinal);
            return 0;
        });
        using var history = await TokenRequests.GetAsync(client, $"/api/v1/residents/{family.Wife}/history", token);
        Assert.Contains("記載事項変更", await history.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_to_change_is_refused_in_japanese()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Domicile(family.Wife);
        input.Items = new RecordItemsInput();

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Contains("変更する項目がありません", json.RootElement.GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_of_change_after_the_notification_is_refused_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Domicile(family.Wife);
        input.EffectiveOn = "2026-11-23";
        input.NotifiedOn = "2026-11-21";

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("異動日：届出日より後の日付は指定できません。", await ErrorAsync(response, "effectiveOn"));
        Assert.Equal(1, await VersionOfAsync(factory, family.Wife));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Domicile(family.Wife);
        input.Version = 5;

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await VersionOfAsync(factory, family.Wife));
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_result_and_writes_nothing()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var key = "amend-" + Guid.CreateVersion7().ToString("N");
        using var first = await PostAsync(client, Path, token, Domicile(family.Wife), key);

        using var repeat = await PostAsync(client, Path, token, Domicile(family.Wife), key);

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await repeat.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await VersionOfAsync(factory, family.Wife));
    }

    [Fact]
    public async Task Another_towns_resident_is_not_found()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var noda = await TokenRequests.AccessTokenAsync(client, "035033", "residents.write");

        using var response = await PostAsync(client, Path, noda, Domicile(family.Wife));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await VersionOfAsync(factory, family.Wife));
    }

    internal static RecordAmendmentInput Domicile(Guid resident) => new()
    {
        ResidentId = resident,
        Version = 1,
        EffectiveOn = "R8.11.20",
        NotifiedOn = "2026-11-23",
        Items = new RecordItemsInput { RegisteredDomicile = "岩手県上閉伊郡大槌町小鎚第３２地割１２６番地" },
    };

    private async Task<(HttpClient Client, string Token)> ClientAsync(string scope = "residents.write")
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, scope));
    }
}
