using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Features.Fees;
using Tsunagi.Certificates.Tests.Settings;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.FeeSchedule;

public sealed class FeeScheduleTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Fudai = "034851";
    private static readonly DateOnly April2014 = new(2014, 4, 1);

    [Fact]
    public async Task Demo_towns_have_their_own_fee_tables_from_April_2014()
    {
        var otsuchi = await StoredCertificateSettings.ReadAsync(factory.Services, Otsuchi, CertificateSettingSource.Fees, April2014);
        var noda = await StoredCertificateSettings.ReadAsync(factory.Services, "035033", CertificateSettingSource.Fees, April2014);
        var nodaBefore = await StoredCertificateSettings.ReadAsync(factory.Services, "035033", CertificateSettingSource.Fees, April2014.AddDays(-1));

        Assert.Equal(300, otsuchi.FeeFor(CertificateType.ResidentCopyHousehold));
        Assert.Equal(0, otsuchi.FeeFor(CertificateType.MoveOutCertificate));
        Assert.Equal(200, noda.FeeFor(CertificateType.ResidentCopyHousehold));
        Assert.Equal(5, noda.Fees.Count);
        Assert.Equal(CertificateSettingSource.Fees.DefaultJson, CertificateSettingSource.Fees.Serialize(nodaBefore));
    }

    [Fact]
    public async Task A_fee_revision_from_the_page_waits_for_a_second_administrator_and_then_applies_from_its_effective_date_only()
    {
        using var admin = new StaffBrowser(factory);
        await admin.SignInAsync(Otsuchi, "admin", $"admin-{Otsuchi}-demo");
        (string, string)[] entry = [("Input.Entry.Type", "record-items"), ("Input.Entry.FeePerCopy", "３５０"), ("Input.Entry.EffectiveFrom", "R9.4.1"), ("Input.Entry.Reason", "手数料条例の改正（令和9年4月1日施行）")];

        var before = (await PendingAsync(Otsuchi)).Count;
        using var confirm = await admin.SubmitAsync("/certificates/fees", "fee-entry", [.. entry, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("令和9年4月1日", confirmation, StringComparison.Ordinal);
        Assert.Equal(before, (await PendingAsync(Otsuchi)).Count);
        using var done = await admin.PostAsync("/certificates/fees", [("_handler", "fee-entry"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. entry, ("Input.Step", "commit")]);
        var html = await done.Content.ReadAsStringAsync(Cancellation);

        Assert.Contains("data-testid=\"fee-added\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"fees-pending\"", html, StringComparison.Ordinal);
        var request = Assert.Single(await PendingAsync(Otsuchi), r => r.EffectiveFrom == new DateOnly(2027, 4, 1));
        Assert.Equal(300, await FeeAsync(Otsuchi, CertificateType.RecordItemsCertificate, new DateOnly(2027, 4, 1)));
        Assert.Contains(await AuditLog.EventsAsync(factory, Otsuchi), e => e.Action == SettingChanges.RequestedAction);

        await StoredCertificateSettings.ApproveAsync(factory.Services, Otsuchi, "second-admin", request.Id);

        Assert.Equal(300, await FeeAsync(Otsuchi, CertificateType.RecordItemsCertificate, new DateOnly(2027, 3, 31)));
        Assert.Equal(350, await FeeAsync(Otsuchi, CertificateType.RecordItemsCertificate, new DateOnly(2027, 4, 1)));
        Assert.Equal(300, await FeeAsync(Otsuchi, CertificateType.ResidentCopyHousehold, new DateOnly(2027, 4, 1)));
        Assert.Contains(await AuditLog.EventsAsync(factory, Otsuchi), e => e.Action == SettingChanges.ApprovedAction);
    }

    [Fact]
    public async Task The_requester_cannot_approve_their_own_fee_change()
    {
        var requested = await AsAsync("035033", "admin-a", sp => sp.GetRequiredService<Certificates.Features.FeeSchedule.FeeScheduleHandler>()
            .RequestAsync(new(CertificateType.MoveOutCertificate, 50, new DateOnly(2031, 4, 1), "条例改正"), Cancellation));

        var refused = await Assert.ThrowsAsync<SettingChangeException>(() => AsAsync("035033", "admin-a", sp =>
            sp.GetRequiredService<SettingChanges>().ApproveAsync(requested.RequestId, Cancellation)));

        Assert.Equal(SettingChangeProblem.OwnRequest, refused.Problem);
        Assert.Equal(0, await FeeAsync("035033", CertificateType.MoveOutCertificate, new DateOnly(2031, 4, 1)));
    }

    [Fact]
    public async Task A_negative_or_too_large_fee_and_an_unreadable_date_are_refused_with_each_field_named_and_nothing_is_requested()
    {
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Manage);
        var before = (await StoredCertificateSettings.RequestsAsync(factory.Services, Otsuchi, CertificateSettingSource.Fees.Key)).Count;

        var (negative, negativeProblem) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "move-out", feePerCopy = "-1", effectiveFrom = "2027-04-01", reason = "改正" });
        var (tooLarge, tooLargeProblem) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "unknown", feePerCopy = "100001", effectiveFrom = "R9.2.30" });
        var (past, pastProblem) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "move-out", feePerCopy = "10", effectiveFrom = "2020-04-01", reason = "改正" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative);
        Assert.Equal("手数料（1通）：0円以上100,000円以下の整数で入力してください。", negativeProblem.GetProperty("errors").GetProperty("feePerCopy")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge);
        var errors = tooLargeProblem.GetProperty("errors");
        Assert.StartsWith("証明書の種類：", errors.GetProperty("type")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("手数料（1通）：", errors.GetProperty("feePerCopy")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("施行日：", errors.GetProperty("effectiveFrom")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("変更理由：", errors.GetProperty("changeReason")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past);
        Assert.Equal("施行日：今日より前の日付は指定できません。", pastProblem.GetProperty("errors").GetProperty("effectiveFrom")[0].GetString());
        Assert.Equal(before, (await StoredCertificateSettings.RequestsAsync(factory.Services, Otsuchi, CertificateSettingSource.Fees.Key)).Count);
    }

    [Fact]
    public async Task The_limits_are_accepted_as_requests_with_their_location_and_the_same_change_again_answers_the_pending_request()
    {
        using var api = await ApiClientAsync(factory, Fudai, CertificatesPermissions.Manage);

        var (zero, first) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "move-out", feePerCopy = "0", effectiveFrom = "2030-04-01", reason = "条例改正" });
        var (max, item) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "removed-record", feePerCopy = "100,000円", effectiveFrom = "2030-05-01", reason = "条例改正" });
        var (again, repeated) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "move-out", feePerCopy = "0", effectiveFrom = "令和12年4月1日", reason = "条例改正" });

        Assert.Equal(HttpStatusCode.Accepted, zero);
        Assert.Equal(HttpStatusCode.Accepted, max);
        Assert.Equal(100_000, item.GetProperty("feePerCopy").GetInt64());
        Assert.Equal("Pending", item.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Accepted, again);
        Assert.Equal(first.GetProperty("requestId").GetGuid(), repeated.GetProperty("requestId").GetGuid());
        Assert.Equal(2, (await PendingAsync(Fudai)).Count);
        var (_, list) = await GetAsync(api, "/api/v1/certificate-fees");
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("type").GetString() == "record-items" && e.GetProperty("inForce").GetBoolean() && e.GetProperty("setAt").GetString() == "municipality");
    }

    [Fact]
    public async Task The_api_answers_202_with_the_location_of_the_change_request()
    {
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Manage);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/certificate-fees")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { type = "resident-copy-individual", feePerCopy = "400", effectiveFrom = "2032-04-01", reason = "条例改正" }),
        };

        using var response = await api.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await PendingAsync(Otsuchi)).Single(r => r.EffectiveFrom == new DateOnly(2032, 4, 1)).Id;
        Assert.Equal($"/api/v1/settings/requests/{id}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_fee_change_as_a_request_answered_with_202()
    {
        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json", Cancellation);
        using var json = await System.Text.Json.JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(Cancellation), cancellationToken: Cancellation);

        var post = json.RootElement.GetProperty("paths").GetProperty("/api/v1/certificate-fees").GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("202", out _));
        Assert.False(post.GetProperty("responses").TryGetProperty("201", out _));
        Assert.Contains("/settings/requests/", post.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_towns_own_fee_beats_the_national_law_package_but_a_town_without_one_follows_it()
    {
        var national = new CertificateFees([.. CertificateSettingSource.Fees.Default.Fees.Select(f => f with { FeePerCopy = f.FeePerCopy == 0 ? 0 : 350 })]);
        await StoredCertificateSettings.StoreAsync(factory.Services, SettingScope.National, CertificateSettingSource.Fees, new DateOnly(2027, 4, 1), national);

        var ownTable = await FeeAsync("035033", CertificateType.ResidentCopyHousehold, new DateOnly(2027, 4, 1));
        var noTable = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<SettingsReader>().GetForAsync(CertificateSettingSource.Fees, "032018", new DateOnly(2027, 4, 1), Cancellation));
        var noTableBefore = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<SettingsReader>().GetForAsync(CertificateSettingSource.Fees, "032018", new DateOnly(2027, 3, 31), Cancellation));

        Assert.Equal(200, ownTable);
        Assert.Equal(350, noTable.FeeFor(CertificateType.ResidentCopyHousehold));
        Assert.Equal(300, noTableBefore.FeeFor(CertificateType.ResidentCopyHousehold));
    }

    [Fact]
    public async Task A_counter_clerk_cannot_open_the_fee_table()
    {
        using var clerk = new StaffBrowser(factory);
        await clerk.SignInAsync(Otsuchi, "clerk", $"clerk-{Otsuchi}-demo");

        using var response = await clerk.GetAsync("/certificates/fees");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<List<SettingChangeRequest>> PendingAsync(string town) =>
        [.. (await StoredCertificateSettings.RequestsAsync(factory.Services, town, CertificateSettingSource.Fees.Key)).Where(r => r.Status == SettingChangeStatus.Pending)];

    private Task<T> AsAsync<T>(string town, string person, Func<IServiceProvider, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
        {
            sp.GetRequiredService<Platform.Auditing.AuditActor>().ActAsSystem(person);
            return work(sp);
        });

    private Task<long?> FeeAsync(string town, CertificateType type, DateOnly on) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, async sp =>
            (await sp.GetRequiredService<FeeCalculator>().CalculateAsync(type, on, 1, null, Cancellation))?.FeePerCopy);
}
