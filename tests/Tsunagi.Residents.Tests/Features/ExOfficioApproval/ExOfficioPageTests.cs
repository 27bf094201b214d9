using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.ExOfficioApproval;

public sealed class ExOfficioPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_clerk_requests_a_removal_and_the_administrator_approves_it_after_confirming()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "７番地", RegisterSeed.Person("画面", "消子", "ガメン", "ケシコ"));
        using var clerk = await Staff.ClerkAsync(factory);
        var path = $"/residents/{ids[0]}/ex-officio/removal";
        (string, string)[] fields =
        [
            ("Input.Token", "exo-" + Guid.CreateVersion7().ToString("N")),
            ("Input.Request.ResidentId", ids[0].ToString()),
            ("Input.Request.Version", "1"),
            ("Input.Request.EffectiveOn", "R8.11.20"),
            ("Input.Request.Reason", "実態調査で居住の事実が確認できない"),
        ];

        var detail = await clerk.PageAsync($"/residents/{ids[0]}");
        Assert.Contains(path, detail, StringComparison.Ordinal);
        using var confirm = await clerk.SubmitAsync(path, "ex-officio-removal", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        using var done = await clerk.PostAsync(path, [("_handler", "ex-officio-removal"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var pending = await done.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("承認待ち", pending, StringComparison.Ordinal);
        var requestId = await InTenantAsync(factory, (db, _) => db.ExOfficioRequests.Where(r => r.ResidentId == ids[0]).Select(r => r.Id).SingleAsync());
        Assert.Contains("data-testid=\"no-approve-permission\"", await clerk.PageAsync($"/residents/ex-officio/{requestId}"), StringComparison.Ordinal);

        using var admin = await Staff.AdministratorAsync(factory);
        var list = await admin.PageAsync("/residents/ex-officio");
        Assert.Contains($"data-request=\"{requestId}\"", list, StringComparison.Ordinal);
        using var confirmApprove = await admin.SubmitAsync($"/residents/ex-officio/{requestId}", "approve", ("Approve.Token", "approve-" + requestId.ToString("N")), ("Approve.Step", "confirm"));
        var approveConfirmation = await confirmApprove.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"approve-confirmation\"", approveConfirmation, StringComparison.Ordinal);
        Assert.Equal(ResidentStatus.Registered, await StatusAsync(ids[0]));
        using var approved = await admin.PostAsync($"/residents/ex-officio/{requestId}", [("_handler", "approve"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(approveConfirmation)), ("Approve.Token", "approve-" + requestId.ToString("N")), ("Approve.Step", "commit")]);

        Assert.Contains("data-testid=\"decided\"", await approved.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(ResidentStatus.Removed, await StatusAsync(ids[0]));
        var change = await InTenantAsync(factory, (db, _) => db.ResidencyChanges.SingleAsync(c => c.ResidentId == ids[0] && c.Kind == ChangeKind.ExOfficioRemoval));
        Assert.StartsWith("StaffMember:", change.ActorId, StringComparison.Ordinal);
        Assert.StartsWith("StaffMember:", change.ApprovedBy, StringComparison.Ordinal);
        Assert.NotEqual(change.ActorId, change.ApprovedBy);
    }

    [Fact]
    public async Task The_preparer_sees_the_request_but_cannot_approve_it()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "８番地", RegisterSeed.Person("本人", "修正", "ホンニン", "シュウセイ"));
        using var admin = await Staff.AdministratorAsync(factory);
        var path = $"/residents/{ids[0]}/ex-officio/correction";
        (string, string)[] fields =
        [
            ("Input.Token", "exo-" + Guid.CreateVersion7().ToString("N")),
            ("Input.Request.ResidentId", ids[0].ToString()),
            ("Input.Request.Version", "1"),
            ("Input.Request.EffectiveOn", "2026-11-20"),
            ("Input.Request.Reason", "戸籍の通知"),
            ("Input.Request.Items.GivenName", "修正後"),
        ];
        using var confirm = await admin.SubmitAsync(path, "ex-officio-correction", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"record-difference\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("修正後", confirmation, StringComparison.Ordinal);
        using var done = await admin.PostAsync(path, [("_handler", "ex-officio-correction"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        Assert.Contains("data-testid=\"request-pending\"", await done.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var requestId = await InTenantAsync(factory, (db, _) => db.ExOfficioRequests.Where(r => r.ResidentId == ids[0]).Select(r => r.Id).SingleAsync());

        var page = await admin.PageAsync($"/residents/ex-officio/{requestId}");
        using var refused = await admin.SubmitAsync($"/residents/ex-officio/{requestId}", "approve", ("Approve.Token", "self-" + requestId.ToString("N")), ("Approve.Step", "commit"));

        Assert.Contains("申請者本人は承認できません。別の職員が承認してください。", page, StringComparison.Ordinal);
        Assert.Contains("依頼した職員本人は承認・却下できません", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfAsync(factory, ids[0]));
    }

    [Fact]
    public async Task A_rejection_from_the_page_needs_a_reason()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "９番地", RegisterSeed.Person("却下", "一", "キャッカ", "ハジメ"));
        var requestId = await ExOfficioCalls.RequestAsync(client, token, ids[0], ExOfficioCalls.Removal(1), "removals");
        using var admin = await Staff.AdministratorAsync(factory);

        using var empty = await admin.SubmitAsync($"/residents/ex-officio/{requestId}", "reject", ("Reject.Token", "r-" + requestId.ToString("N")), ("Reject.DecisionReason", ""));
        using var rejected = await admin.SubmitAsync($"/residents/ex-officio/{requestId}", "reject", ("Reject.Token", "r2-" + requestId.ToString("N")), ("Reject.DecisionReason", "調査の結果、居住を確認"));

        Assert.Contains("却下の理由：理由を入力してください。", await empty.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"decided\"", await rejected.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(ResidentStatus.Registered, await StatusAsync(ids[0]));
    }

    [Fact]
    public async Task Another_towns_request_page_is_not_found()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "１０番地", RegisterSeed.Person("他町", "一", "タチョウ", "ハジメ"));
        var requestId = await ExOfficioCalls.RequestAsync(client, token, ids[0], ExOfficioCalls.Removal(1), "removals");
        using var nodaClerk = await Staff.ClerkAsync(factory, RegisterSeed.Noda);

        using var request = await nodaClerk.GetAsync($"/residents/ex-officio/{requestId}");
        using var form = await nodaClerk.GetAsync($"/residents/{ids[0]}/ex-officio/correction");

        Assert.Equal(HttpStatusCode.NotFound, request.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
    }

    private Task<ResidentStatus> StatusAsync(Guid resident) =>
        InTenantAsync(factory, (db, _) => db.Residents.Where(r => r.Id == resident).Select(r => r.Status).SingleAsync());
}
