using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using UglyToad.PdfPig;

namespace Tsunagi.Certificates.Tests.Features.Issue;

public sealed class IssueApiTests(IssueFactory factory) : IClassFixture<IssueFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_household_copy_is_numbered_coded_hashed_charged_per_copy_audited_and_announced()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);

        using var response = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId, copies: 3));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var root = json.RootElement;
        var id = root.GetProperty("id").GetGuid();
        Assert.Matches(new Regex(@"^2026-\d{6}$"), root.GetProperty("number").GetString());
        Assert.True(VerificationCode.TryParse(root.GetProperty("verificationCode").GetString(), out _, out var municipality));
        Assert.Equal(IssueFactory.Otsuchi, municipality);
        Assert.Equal(IssueFactory.FeePerCopy, root.GetProperty("feePerCopy").GetInt64());
        Assert.Equal(3 * IssueFactory.FeePerCopy, root.GetProperty("fee").GetInt64());
        Assert.Equal(3, root.GetProperty("copies").GetInt32());
        Assert.True(root.GetProperty("pageCount").GetInt32() >= 1);
        var issuance = await IssuanceAsync(id);
        Assert.NotNull(issuance);
        Assert.Null(issuance.ReceiptId);
        Assert.Equal(members.Select(m => m.ResidentId), issuance.ResidentIds);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuance.ContentJson))), issuance.ContentHash);
        var content = CertificateContentJson.Deserialize(issuance.ContentJson);
        Assert.Equal(["髙橋", "𠮷野"], content.Persons.Select(p => p.FamilyName));
        Assert.Equal(issuance.Number, content.CertificateNumber);
        Assert.EndsWith($"/m/{IssueFactory.Otsuchi}/verify/{issuance.VerificationCode}", content.VerificationUrl, StringComparison.Ordinal);
        Assert.Equal("岩手県大槌町", content.MunicipalityName);
        var events = await AuditLog.EventsAsync(factory, IssueFactory.Otsuchi);
        Assert.Contains(events, e => e.Action == "certificates.issued" && e.SubjectId == id.ToString());
        Assert.Equal(1, await CountOutboxAsync(id));
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_issuance_and_writes_nothing()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        var key = "issue-" + Guid.CreateVersion7().ToString("N");
        using var first = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId), key);
        var issuances = await CountIssuancesAsync();
        var audited = await AuditLog.CountAllAsync(factory);

        using var second = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId), key);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancellation), await second.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(issuances, await CountIssuancesAsync());
        Assert.Equal(audited, await AuditLog.CountAllAsync(factory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("key with spaces")]
    public async Task A_malformed_idempotency_key_is_refused_naming_the_header_and_issues_nothing(string key)
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        var issuances = await CountIssuancesAsync();

        using var response = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId), key + new string('x', key.Length == 0 ? 101 : 0));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Contains("Idempotency-Key", json.RootElement.GetProperty("errors").GetProperty("Idempotency-Key")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(issuances, await CountIssuancesAsync());
    }

    [Fact]
    public async Task A_support_measure_refuses_anyone_but_the_protected_person_audits_the_attempt_and_issues_nothing()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        factory.Register.Protect(members[1].ResidentId);
        var issuances = await CountIssuancesAsync();

        using var response = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Contains("支援措置", json.RootElement.GetProperty("errors").GetProperty("requester")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(issuances, await CountIssuancesAsync());
        var refused = (await AuditLog.EventsAsync(factory, IssueFactory.Otsuchi)).Where(e => e.Action == "certificates.issuance-refused").ToList();
        Assert.Contains(refused, e => e.SubjectId == members[1].ResidentId.ToString() && e.Outcome == Platform.Auditing.AuditOutcome.Denied);
        Assert.DoesNotContain(refused, e => e.SubjectId == members[0].ResidentId.ToString());

        using var own = await IssueRequests.PostAsync(client, token, new
        {
            type = "resident-copy-individual",
            residentIds = new[] { members[1].ResidentId },
            requester = new { type = "self", name = "𠮷野　花子", residentId = members[1].ResidentId },
            copies = 1,
        });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task The_individual_number_prints_for_the_person_but_is_never_stored_with_the_issuance_nor_logged()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);

        using var response = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId, individualNumber: true));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var id = json.RootElement.GetProperty("id").GetGuid();
        using var pdf = await IssueRequests.SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{id}/pdf", token);

        Assert.Contains(IssueRequests.IndividualNumber, await PdfTextAsync(pdf), StringComparison.Ordinal);
        var issuance = await IssuanceAsync(id);
        Assert.DoesNotContain(IssueRequests.IndividualNumber, issuance!.ContentJson, StringComparison.Ordinal);
        Assert.DoesNotContain(IssueRequests.IndividualNumber, issuance.RequesterJson + issuance.OptionsJson, StringComparison.Ordinal);
        Assert.NotEmpty(factory.Messages);
        Assert.DoesNotContain(factory.Messages, m => m.Contains(IssueRequests.IndividualNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pdf_prints_the_names_as_stored_and_every_download_is_audited()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        using var created = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId));
        using var json = await TokenRequests.JsonAsync(created);
        var id = json.RootElement.GetProperty("id").GetGuid();

        using var first = await IssueRequests.SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{id}/pdf", token);
        using var second = await IssueRequests.SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{id}/pdf", token);

        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        var text = await PdfTextAsync(first);
        Assert.Contains("髙橋　一郎", text, StringComparison.Ordinal);
        Assert.Contains("𠮷野　花子", text, StringComparison.Ordinal);
        Assert.Contains("大槌町長", text, StringComparison.Ordinal);
        Assert.Contains("平野　公三", text, StringComparison.Ordinal);
        Assert.DoesNotContain("再交付", text, StringComparison.Ordinal);
        var downloads = (await AuditLog.EventsAsync(factory, IssueFactory.Otsuchi)).Count(e => e.Action == "certificates.downloaded" && e.SubjectId == id.ToString());
        Assert.Equal(2, downloads);
    }

    [Fact]
    public async Task Another_municipalitys_certificate_is_not_found()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        using var created = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId));
        using var json = await TokenRequests.JsonAsync(created);
        var id = json.RootElement.GetProperty("id").GetGuid();
        var other = await IssueClients.TokenAsync(factory, client, IssueFactory.OtherTown);

        using var metadata = await IssueRequests.SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{id}", other);
        using var pdf = await IssueRequests.SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{id}/pdf", other);
        using var reprint = await IssueRequests.SendAsync(client, HttpMethod.Post, $"/api/v1/certificates/{id}/reprint", other);

        Assert.Equal(HttpStatusCode.NotFound, metadata.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reprint.StatusCode);
        using var own = await IssueRequests.SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{id}", token);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(0, (await IssuanceAsync(id))!.ReprintCount);
    }

    [Fact]
    public async Task A_reprint_prints_the_same_content_marked_as_a_reprint_and_is_counted_and_audited()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        using var created = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId));
        using var json = await TokenRequests.JsonAsync(created);
        var id = json.RootElement.GetProperty("id").GetGuid();
        var number = json.RootElement.GetProperty("number").GetString()!;

        using var reprint = await IssueRequests.SendAsync(client, HttpMethod.Post, $"/api/v1/certificates/{id}/reprint", token);

        Assert.Equal(HttpStatusCode.OK, reprint.StatusCode);
        var text = await PdfTextAsync(reprint);
        Assert.Contains("再交付", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("𠮷野　花子", text, StringComparison.Ordinal);
        Assert.Equal(1, (await IssuanceAsync(id))!.ReprintCount);
        Assert.Contains(await AuditLog.EventsAsync(factory, IssueFactory.Otsuchi), e => e.Action == "certificates.reprinted" && e.SubjectId == id.ToString());
    }

    [Fact]
    public async Task A_copy_that_printed_an_individual_number_since_removed_is_refused_not_printed_without_it()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        using var created = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, members[0].ResidentId, individualNumber: true));
        using var json = await TokenRequests.JsonAsync(created);
        var id = json.RootElement.GetProperty("id").GetGuid();
        factory.Register.RemoveIndividualNumber(members[0].ResidentId);

        using var download = await IssueRequests.SendAsync(client, HttpMethod.Get, $"/api/v1/certificates/{id}/pdf", token);
        using var reprint = await IssueRequests.SendAsync(client, HttpMethod.Post, $"/api/v1/certificates/{id}/reprint", token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, download.StatusCode);
        Assert.Contains("個人番号", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reprint.StatusCode);
        Assert.Equal(0, (await IssuanceAsync(id))!.ReprintCount);
    }

    [Fact]
    public async Task Wrong_values_are_each_named_in_Japanese_and_nothing_is_issued()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var issuances = await CountIssuancesAsync();

        using var response = await IssueRequests.PostAsync(client, token, new
        {
            type = "birth-certificate",
            options = new { asOf = "令和99年13月1日" },
            requester = new { type = "neighbour" },
            copies = 11,
            feeExemption = new { kind = "other" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal("証明書の種類：指定された種類はありません。", errors.GetProperty("type")[0].GetString());
        Assert.Equal("交付部数：1〜10 の整数で指定してください。", errors.GetProperty("copies")[0].GetString());
        Assert.StartsWith("基準日：", errors.GetProperty("options.asOf")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("請求者の区分：", errors.GetProperty("requester.type")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("請求者の氏名：", errors.GetProperty("requester.name")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("対象者：", errors.GetProperty("residentIds")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("免除の理由：", errors.GetProperty("feeExemption.reason")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Copies: A whole number from 1 to 10.", json.RootElement.GetProperty("errors_en").GetProperty("copies")[0].GetString());
        Assert.Equal(issuances, await CountIssuancesAsync());
    }

    [Fact]
    public async Task A_refusal_by_the_rules_is_explained_in_Japanese_audited_and_issues_nothing()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, members) = IssueRequests.Family(factory);
        var issuances = await CountIssuancesAsync();

        using var response = await IssueRequests.PostAsync(client, token, new
        {
            type = "resident-copy-household",
            householdId,
            requester = new { type = "agent", name = "代理　太郎" },
            copies = 1,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.StartsWith("委任状：", json.RootElement.GetProperty("errors").GetProperty("requester.powerOfAttorneyPresented")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(issuances, await CountIssuancesAsync());
        Assert.Contains(await AuditLog.EventsAsync(factory, IssueFactory.Otsuchi), e => e.Action == "certificates.issuance-refused" && e.SubjectId == members[0].ResidentId.ToString());
    }

    [Fact]
    public async Task An_unknown_household_is_not_found()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);

        using var response = await IssueRequests.PostAsync(client, token, IssueRequests.Body(Guid.CreateVersion7(), Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_the_mayors_name_in_the_settings_nothing_is_issued_and_the_administrator_is_named()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client, IssueFactory.OtherTown);
        var person = IssueRequests.Person("佐藤", "一", "世帯主", new DateOnly(1970, 1, 1));
        var householdId = factory.Register.AddHousehold(IssueFactory.OtherTown, person);

        using var response = await IssueRequests.PostAsync(client, token, IssueRequests.Body(householdId, person.ResidentId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Contains("管理者", json.RootElement.GetProperty("errors").GetProperty("settings")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exempt_request_costs_nothing_and_keeps_its_reason()
    {
        var client = factory.CreateClient();
        var token = await IssueClients.TokenAsync(factory, client);
        var (householdId, _) = IssueRequests.Family(factory);

        using var response = await IssueRequests.PostAsync(client, token, new
        {
            type = "resident-copy-household",
            householdId,
            requester = new { type = "official", name = "釜石税務署", agency = "釜石税務署", reason = "国税徴収法第141条" },
            copies = 2,
            feeExemption = new { kind = "official" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Equal(0, json.RootElement.GetProperty("fee").GetInt64());
        var issuance = await IssuanceAsync(json.RootElement.GetProperty("id").GetGuid());
        Assert.Equal("公用", issuance!.FeeExemption);
        Assert.Equal(0, issuance.FeeTotal);
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Cancellation));
        return string.Concat(pdf.GetPages().Select(p => p.Text));
    }

    private Task<Issuance?> IssuanceAsync(Guid id) =>
        factory.Services.InTenantScopeAsync(IssueFactory.Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<CertificatesDbContext>().Issuances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, Cancellation));

    private Task<int> CountIssuancesAsync() =>
        factory.Services.InTenantScopeAsync(IssueFactory.Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<CertificatesDbContext>().Issuances.CountAsync(Cancellation));

    private Task<int> CountOutboxAsync(Guid issuanceId) =>
        factory.Services.InTenantScopeAsync(IssueFactory.Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PlatformDbContext>().OutboxMessages.CountAsync(m => m.Type.EndsWith("CertificateIssued") && m.Payload.Contains(issuanceId.ToString()), Cancellation));
}
