using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Features.ExOfficioApproval.ExOfficioCalls;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.ExOfficioApproval;

public sealed class ExOfficioApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_correction_waits_for_a_second_party_and_history_names_the_requester_and_the_approver()
    {
        var (client, token) = await ClientAsync();
        var approver = await ApproverTokenAsync(factory, client);
        var family = await MoveInAsync(factory, client, token);

        var request = await RequestAsync(client, token, family.Wife, Correction(1));

        Assert.Equal("髙橋", await FamilyNameAsync(family.Wife));
        Assert.Equal(1, await VersionOfAsync(factory, family.Wife));
        using var approved = await ApproveAsync(client, approver, request);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("高橋", await FamilyNameAsync(family.Wife));
        await InTenantAsync(factory, async (db, platform) =>
        {
            var change = await db.ResidencyChanges.SingleAsync(c => c.ResidentId == family.Wife && c.Kind == ChangeKind.ExOfficioCorrection);
            Assert.Equal(ChangeOrigin.ExOfficio, change.Origin);
            Assert.Equal("戸籍の通知（氏の誤記）", change.Reason);
            Assert.StartsWith("ApiClient:demo-", change.ActorId, StringComparison.Ordinal);
            Assert.StartsWith("ApiClient:test-", change.ApprovedBy, StringComparison.Ordinal);
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == "residents.ex-officio.request" && a.SubjectId == family.Wife.ToString()));
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == "residents.ex-officio.approve" && a.SubjectId == family.Wife.ToString()));
            Assert.Equal(1, await platform.OutboxMessages.CountAsync(m => m.Type.EndsWith("ResidentRecordAmended") && m.Payload.Contains(family.Wife.ToString())));
            return 0;
        });
    }

    [Fact]
    public async Task An_api_client_cannot_approve_its_own_request()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var approver = await ApproverTokenAsync(factory, client);
        var family = await MoveInAsync(factory, client, token);
        var request = await RequestAsync(client, approver, family.Child, Correction(1));

        using var response = await ApproveAsync(client, approver, request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("別の職員が承認してください", await ErrorAsync(response, "request"), StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfAsync(factory, family.Child));
    }

    [Fact]
    public async Task An_approved_removal_makes_a_removed_record_found_only_with_the_removed_permission()
    {
        var (client, token) = await ClientAsync();
        var approver = await ApproverTokenAsync(factory, client);
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "５番地", RegisterSeed.Person("職権", "消子", "ショッケン", "ケシコ"));
        var request = await RequestAsync(client, token, ids[0], Removal(1), "removals");

        using var approved = await ApproveAsync(client, approver, request);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await InTenantAsync(factory, async (db, platform) =>
        {
            var resident = await db.Residents.SingleAsync(r => r.Id == ids[0]);
            Assert.Equal(ResidentStatus.Removed, resident.Status);
            Assert.Equal(ChangeKind.ExOfficioRemoval, resident.RemovalKind);
            Assert.Equal(new DateOnly(2026, 11, 20), resident.RemovedOn);
            Assert.Equal(1, await platform.OutboxMessages.CountAsync(m => m.Type.EndsWith("ResidentRemovedExOfficio") && m.Payload.Contains(ids[0].ToString())));
            return 0;
        });
        var plain = await ApiCalls.TokenAsync(factory, client, Otsuchi);
        var withRemoved = await ApiCalls.TokenAsync(factory, client, Otsuchi, ResidentsPermissions.Read, ResidentsPermissions.RemovedRead);
        var path = "/api/v1/residents?includeRemoved=true&name=" + Uri.EscapeDataString("ショッケン");
        var (_, hidden, _) = await ApiCalls.GetAsync(client, plain, path);
        var (_, shown, _) = await ApiCalls.GetAsync(client, withRemoved, path);
        Assert.Empty(ApiCalls.Ids(hidden));
        Assert.Equal([ids[0].ToString()], ApiCalls.Ids(shown));
    }

    [Fact]
    public async Task A_request_without_a_reason_is_refused_and_nothing_is_stored()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);

        using var response = await PostAsync(client, $"/api/v1/residents/{family.Head}/ex-officio-corrections", token, Correction(1, reason: " "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("理由：理由を入力してください。", await ErrorAsync(response, "reason"));
        Assert.Equal(0, await InTenantAsync(factory, (db, _) => db.ExOfficioRequests.CountAsync(r => r.ResidentId == family.Head)));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_keeps_the_register_unchanged_and_is_final()
    {
        var (client, token) = await ClientAsync();
        var approver = await ApproverTokenAsync(factory, client);
        var family = await MoveInAsync(factory, client, token);
        var request = await RequestAsync(client, token, family.Head, Removal(1), "removals");
        var changes = await family.ChangeCountAsync(factory);

        using var withoutReason = await RejectAsync(client, approver, request, null);
        using var rejected = await RejectAsync(client, approver, request, "住所の誤りではなかった");
        using var approveAfter = await ApproveAsync(client, approver, request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.Equal("却下の理由：理由を入力してください。", await ErrorAsync(withoutReason, "decisionReason"));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, approveAfter.StatusCode);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
        await InTenantAsync(factory, async (db, platform) =>
        {
            var stored = await db.ExOfficioRequests.SingleAsync(r => r.Id == request);
            Assert.Equal(ExOfficioRequestStatus.Rejected, stored.Status);
            Assert.Equal("住所の誤りではなかった", stored.DecisionReason);
            Assert.Equal(ResidentStatus.Registered, (await db.Residents.SingleAsync(r => r.Id == family.Head)).Status);
            Assert.Equal(1, await platform.AuditEvents.CountAsync(a => a.Action == "residents.ex-officio.reject" && a.SubjectId == family.Head.ToString()));
            return 0;
        });
    }

    [Fact]
    public async Task A_request_made_stale_by_a_later_change_cannot_be_approved()
    {
        var (client, token) = await ClientAsync();
        var approver = await ApproverTokenAsync(factory, client);
        var family = await MoveInAsync(factory, client, token);
        var request = await RequestAsync(client, token, family.Wife, Correction(1));
        using var amendment = await PostAsync(client, "/api/v1/notifications/record-amendment", token, new
        {
            ResidentId = family.Wife,
            Version = 1,
            EffectiveOn = "2026-11-21",
            NotifiedOn = "2026-11-23",
            Items = new { RegisteredDomicile = "岩手県大槌町新町１番地" },
        });
        Assert.Equal(HttpStatusCode.OK, amendment.StatusCode);

        using var response = await ApproveAsync(client, approver, request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("依頼の後に住民記録が変更されたため承認できません", await ErrorAsync(response, "request"), StringComparison.Ordinal);
        Assert.Equal("髙橋", await FamilyNameAsync(family.Wife));
    }

    [Fact]
    public async Task Another_towns_resident_and_request_are_not_found()
    {
        var (client, token) = await ClientAsync();
        var family = await MoveInAsync(factory, client, token);
        var request = await RequestAsync(client, token, family.Head, Removal(1), "removals");
        var noda = await ApproverTokenAsync(factory, client, RegisterSeed.Noda);

        using var approve = await ApproveAsync(client, noda, request);
        using var reject = await RejectAsync(client, noda, request, "他団体");
        using var correction = await PostAsync(client, $"/api/v1/residents/{family.Head}/ex-officio-corrections", noda, Correction(1));
        var (_, pending, _) = await ApiCalls.GetAsync(client, noda, "/api/v1/ex-officio-requests");

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reject.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correction.StatusCode);
        Assert.DoesNotContain(request.ToString(), ApiCalls.Ids(pending));
        Assert.Equal(ResidentStatus.Registered, await InTenantAsync(factory, (db, _) => db.Residents.Where(r => r.Id == family.Head).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_result_and_writes_nothing_more()
    {
        var (client, token) = await ClientAsync();
        var approver = await ApproverTokenAsync(factory, client);
        var family = await MoveInAsync(factory, client, token);
        var path = $"/api/v1/residents/{family.Child}/ex-officio-corrections";
        var key = "exo-" + Guid.CreateVersion7().ToString("N");

        using var first = await PostAsync(client, path, token, Correction(1), key);
        using var again = await PostAsync(client, path, token, Correction(1), key);
        using var firstJson = await TokenRequests.JsonAsync(first);
        using var againJson = await TokenRequests.JsonAsync(again);
        var request = firstJson.RootElement.GetProperty("requestId").GetGuid();
        using var approved = await ApproveAsync(client, approver, request, key + "-approve");
        using var approvedAgain = await ApproveAsync(client, approver, request, key + "-approve");

        Assert.Equal(request, againJson.RootElement.GetProperty("requestId").GetGuid());
        Assert.Equal(1, await InTenantAsync(factory, (db, _) => db.ExOfficioRequests.CountAsync(r => r.ResidentId == family.Child)));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approvedAgain.StatusCode);
        Assert.Equal(1, await InTenantAsync(factory, (db, _) => db.ResidencyChanges.CountAsync(c => c.ResidentId == family.Child && c.Kind == ChangeKind.ExOfficioCorrection)));
    }

    [Fact]
    public async Task Pending_requests_are_listed_newest_first_and_leave_the_list_once_decided()
    {
        var (client, token) = await ClientAsync();
        var approver = await ApproverTokenAsync(factory, client);
        var family = await MoveInAsync(factory, client, token);
        var older = await RequestAsync(client, token, family.Head, Correction(1));
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        var newer = await RequestAsync(client, token, family.Wife, Removal(1), "removals");
        using (var listed = await PendingAsync(client, token))
        {
            var ids = ApiCalls.Ids(listed);
            Assert.True(ids.IndexOf(newer.ToString()) < ids.IndexOf(older.ToString()));
            Assert.True(ids.IndexOf(newer.ToString()) >= 0);
        }

        using var rejected = await RejectAsync(client, approver, older, "重複");

        using var after = await PendingAsync(client, token);
        Assert.DoesNotContain(older.ToString(), ApiCalls.Ids(after));
        var (_, rejectedList, _) = await ApiCalls.GetAsync(client, token, "/api/v1/ex-officio-requests?status=rejected");
        Assert.Contains(older.ToString(), ApiCalls.Ids(rejectedList));
    }

    private Task<string> FamilyNameAsync(Guid resident) =>
        InTenantAsync(factory, async (db, _) => (await db.Residents.SingleAsync(r => r.Id == resident)).Record.Name.FamilyName);

    private async Task<(HttpClient Client, string Token)> ClientAsync()
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
    }
}
