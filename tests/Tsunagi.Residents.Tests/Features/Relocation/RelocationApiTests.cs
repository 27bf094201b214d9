using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.Relocation;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.Relocation;

public sealed class RelocationApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Path = "/api/v1/notifications/relocation";

    [Fact]
    public async Task A_household_relocating_in_town_gets_the_new_address_set_on_the_day_of_the_move_with_audit_and_events()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, Path, token, Input(family, [At(family.Head, 1), At(family.Wife, 1), At(family.Child, 1)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InTenantAsync(factory, async (db, platform) =>
        {
            var moved = await db.Residents.Where(r => r.HouseholdId == family.HouseholdId).ToListAsync();
            Assert.All(moved, r => Assert.Equal("大槌町小鎚２２番地", r.AddressLine));
            Assert.All(moved, r => Assert.Equal(new DateOnly(2026, 11, 15), r.Record.AddressSetOn));
            Assert.All(moved, r => Assert.Equal(new DateOnly(2026, 10, 1), r.Record.BecameResidentOn));
            Assert.All(moved, r => Assert.Equal(ResidentStatus.Registered, r.Status));
            var ids = moved.Select(r => r.Id.ToString()).ToList();
            Assert.Equal(3, await platform.AuditEvents.CountAsync(a => a.Action == "residents.relocation" && ids.Contains(a.SubjectId)));
            var events = await platform.OutboxMessages.Where(m => m.Type.EndsWith("ResidentRelocated")).Select(m => m.Payload).ToListAsync();
            Assert.Equal(3, events.Count(p => ids.Exists(id => p.Contains(id, StringComparison.Ordinal))));
            return 0;
        });
    }

    [Fact]
    public async Task Part_of_a_household_cannot_relocate_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, Path, token, Input(family, [At(family.Head, 1), At(family.Wife, 1)]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("異動者：転居は世帯全員で届け出てください", await ErrorAsync(response, "members"), StringComparison.Ordinal);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var changes = await family.ChangeCountAsync(factory);

        using var response = await PostAsync(client, Path, token, Input(family, [At(family.Head, 1), At(family.Wife, 2), At(family.Child, 1)]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_relocation_dated_before_the_move_in_is_refused_with_the_previous_date_named()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Input(family, [At(family.Head, 1), At(family.Wife, 1), At(family.Child, 1)]);
        input.MovedOn = "2026-09-30";

        using var response = await PostAsync(client, Path, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("異動日：直前の異動日（2026-10-01）より前の日付は指定できません。", await ErrorAsync(response, "movedOn"));
    }

    [Fact]
    public async Task A_repeat_with_the_same_key_changes_nothing_more()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var input = Input(family, [At(family.Head, 1), At(family.Wife, 1), At(family.Child, 1)]);
        var key = "relocation-" + Guid.CreateVersion7().ToString("N");
        using var first = await PostAsync(client, Path, token, input, key);

        using var second = await PostAsync(client, Path, token, input, key);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, await VersionOfAsync(factory, family.Head));
    }

    private static RelocationInput Input(RegisteredFamily family, IList<Residents.Notifications.ResidentVersionInput> members) => new()
    {
        HouseholdId = family.HouseholdId.ToString(),
        Members = members,
        MovedOn = "R8.11.15",
        NotifiedOn = "2026-11-20",
        Address = new AddressInput { PostalCode = "028-1121", Locality = "大槌町小鎚", Lot = "２２番地" },
    };

    private async Task<(HttpClient Client, string Token)> ClientAsync()
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
    }
}
