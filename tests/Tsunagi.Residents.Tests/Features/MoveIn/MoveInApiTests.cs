using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.MoveIn;

public sealed class MoveInApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Otsuchi = "034614";

    [Fact]
    public async Task A_family_moving_in_is_registered_as_one_household_with_history_audit_and_events()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");

        using var response = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var householdId = json.RootElement.GetProperty("householdId").GetGuid();
        var residentIds = json.RootElement.GetProperty("residentIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Equal(3, residentIds.Count);
        await InTenant(async (residents, platform) =>
        {
            var registered = await residents.Residents.Where(r => residentIds.Contains(r.Id)).ToListAsync();
            Assert.All(registered, r => Assert.Equal(householdId, r.HouseholdId));
            Assert.Single(registered, r => r.Record.IsHouseholdHead);
            var head = registered.Single(r => r.Record.IsHouseholdHead);
            Assert.Equal("髙橋", head.FamilyName);
            Assert.Equal("大槌町末広町１番１号　末広ハイツ１０１", head.AddressLine);
            Assert.Equal("028-1131", head.PostalCode);
            Assert.NotNull(head.IndividualNumberCipher);
            var changes = await residents.ResidencyChanges.Where(c => residentIds.Contains(c.ResidentId)).ToListAsync();
            Assert.Equal(3, changes.Count);
            Assert.All(changes, c => Assert.Equal(ChangeKind.MoveIn, c.Kind));
            Assert.All(changes, c => Assert.Equal(new DateOnly(2026, 11, 20), c.EffectiveOn));
            Assert.All(changes, c => Assert.False(c.LateNotification));
            var audited = await platform.AuditEvents.Where(a => a.Action == "residents.move-in").Select(a => a.SubjectId).ToListAsync();
            Assert.Superset(residentIds.Select(id => id.ToString()).ToHashSet(), audited.ToHashSet());
            var events = await platform.OutboxMessages.Where(m => m.Type.EndsWith("ResidentMovedIn")).CountAsync();
            Assert.True(events >= 3);
        });
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_result_and_writes_nothing()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var key = "repeat-" + Guid.CreateVersion7().ToString("N");
        using var first = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family(), key);
        var count = await CountResidentsAsync();

        using var second = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family(), key);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(count, await CountResidentsAsync());
    }

    [Fact]
    public async Task A_key_reused_for_different_data_is_refused_and_writes_nothing()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var key = "reuse-" + Guid.CreateVersion7().ToString("N");
        using var first = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family(), key);
        var count = await CountResidentsAsync();
        var other = MoveInRequests.Family();
        other.Address.Lot = "２番２号";

        using var second = await MoveInRequests.PostAsync(client, token, other, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("冪等キー", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(count, await CountResidentsAsync());
    }

    [Fact]
    public async Task A_move_in_dated_before_a_members_birth_is_refused_with_the_field_named_in_Japanese_and_nothing_is_written()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var input = MoveInRequests.Family(movedInOn: "2010-01-01", notifiedOn: "2010-01-05");
        var count = await CountResidentsAsync();

        using var response = await MoveInRequests.PostAsync(client, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = await TokenRequests.JsonAsync(response);
        var message = json.RootElement.GetProperty("errors").GetProperty("movedInOn")[0].GetString();
        Assert.Equal("異動日：生年月日より前の日付は指定できません。", message);
        Assert.Equal("Date of change: Cannot be before the date of birth.", json.RootElement.GetProperty("errors_en").GetProperty("movedInOn")[0].GetString());
        Assert.Equal(count, await CountResidentsAsync());
    }

    [Fact]
    public async Task Wrong_values_are_each_named_with_their_person_and_nothing_is_written()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var input = MoveInRequests.Family();
        input.Members[0].IndividualNumber = "123456789012";
        input.Members[1].DateOfBirth = "令和99年13月1日";
        input.Members[2].Relationship = "世帯主";
        var count = await CountResidentsAsync();

        using var response = await MoveInRequests.PostAsync(client, token, input);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal("個人番号（1人目）：検査用数字が一致しません。番号を確認してください。", errors.GetProperty("members[0].individualNumber")[0].GetString());
        Assert.StartsWith("生年月日（2人目）：日付として読めません", errors.GetProperty("members[1].dateOfBirth")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(count, await CountResidentsAsync());
    }

    [Fact]
    public async Task A_notification_past_the_14_day_period_is_accepted_and_flagged_late()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");

        using var response = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family(movedInOn: "2026-11-08", notifiedOn: "2026-11-23"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.True(json.RootElement.GetProperty("lateNotification").GetBoolean());
    }

    [Fact]
    public async Task A_client_without_the_write_scope_is_refused()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.read");

        using var response = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<int> CountResidentsAsync() => InTenant((residents, _) => residents.Residents.CountAsync());

    private async Task InTenant(Func<ResidentsDbContext, PlatformDbContext, Task> work) =>
        await InTenant(async (r, p) =>
        {
            await work(r, p);
            return 0;
        });

    private async Task<T> InTenant<T>(Func<ResidentsDbContext, PlatformDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Resolve(Otsuchi, TenantKind.Municipality);
        return await work(scope.ServiceProvider.GetRequiredService<ResidentsDbContext>(), scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }
}
