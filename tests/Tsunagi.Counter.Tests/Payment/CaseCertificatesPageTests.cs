using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Features.CaseCertificates;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;
using static Tsunagi.Counter.Tests.Payment.CounterClerkBrowser;
using static Tsunagi.Counter.Tests.Payment.PaymentSteps;

namespace Tsunagi.Counter.Tests.Payment;

public sealed class CaseCertificatesPageTests(PaymentFactory factory) : IClassFixture<PaymentFactory>
{
    [Fact]
    public async Task Issuing_from_the_page_through_the_confirmation_records_one_document_and_completes_the_step()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "画面");
        using var browser = await SignedInAsync(factory);
        var path = $"/counter/cases/{caseId}/certificates";

        var form = await browser.PageAsync(path);
        Assert.Contains("data-testid=\"case-certificate-type\"", form, StringComparison.Ordinal);
        Assert.Contains("画面　花子", StaffBrowser.TextOf(form, "case-subject"), StringComparison.Ordinal);
        var token = "form-" + Guid.CreateVersion7().ToString("N");
        using var confirm = await browser.SubmitAsync(path, "case-certificate", ("Input.Type", "resident-copy-household"), ("Input.Copies", "３"), ("Input.Token", token), ("Input.Step", "confirm"));
        var confirmation = await HtmlAsync(confirm);
        Assert.Equal("900円", StaffBrowser.TextOf(confirmation, "confirm-fee"));
        Assert.Contains("data-testid=\"confirm-issue\"", confirmation, StringComparison.Ordinal);
        Assert.Equal(0, await DocumentsAsync(caseId));

        using var commit = await browser.SubmitAsync(path, "case-certificate", ("Input.Type", "resident-copy-household"), ("Input.Copies", "3"), ("Input.Token", token), ("Input.Step", "commit"));
        var result = await HtmlAsync(commit);

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.Equal("900円", StaffBrowser.TextOf(result, "certificate-fee"));
        Assert.Matches("^[0-9]{4}-[0-9]+$", StaffBrowser.TextOf(result, "certificate-number"));
        Assert.Contains($"href=\"/counter/cases/{caseId}/payment\"", result, StringComparison.Ordinal);
        Assert.Equal(1, await DocumentsAsync(caseId));
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        Assert.Equal("Completed", StepOf(counterCase, CertificateStepCodes.ResidentCopy).GetProperty("stateCode").GetString());
    }

    [Fact]
    public async Task A_double_submit_with_the_same_form_token_issues_once()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "二度");
        using var browser = await SignedInAsync(factory);
        var path = $"/counter/cases/{caseId}/certificates";
        (string, string)[] fields = [("Input.Type", "resident-copy-individual"), ("Input.Copies", "1"), ("Input.Token", "form-" + Guid.CreateVersion7().ToString("N")), ("Input.Step", "commit")];

        using var first = await browser.SubmitAsync(path, "case-certificate", fields);
        using var second = await browser.SubmitAsync(path, "case-certificate", fields);

        Assert.Equal(StaffBrowser.TextOf(await HtmlAsync(first), "certificate-number"), StaffBrowser.TextOf(await HtmlAsync(second), "certificate-number"));
        Assert.Equal(1, await DocumentsAsync(caseId));
    }

    [Fact]
    public async Task A_certificate_before_the_move_in_is_registered_is_refused_naming_the_subject_and_nothing_is_written()
    {
        using var api = await ApiClientAsync(factory);
        var reference = NewReference();
        factory.PreApplications.Add(reference, Family("未了"));
        var (_, opened) = await PostAsync(api, "/api/v1/counter/cases", MoveInReception(reference));
        var caseId = opened.GetProperty("caseId").GetGuid();
        using var browser = await SignedInAsync(factory);

        using var commit = await browser.SubmitAsync($"/counter/cases/{caseId}/certificates", "case-certificate",
            ("Input.Type", "resident-copy-household"), ("Input.Copies", "1"), ("Input.Token", "form-" + Guid.CreateVersion7().ToString("N")), ("Input.Step", "commit"));

        Assert.Contains("対象者：住民記録の方がいません。", StaffBrowser.TextOf(await HtmlAsync(commit), "case-certificate-errors"), StringComparison.Ordinal);
        Assert.Equal(0, await DocumentsAsync(caseId));
    }

    [Fact]
    public async Task Another_towns_case_is_not_found()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "他町");
        using var browser = await SignedInAsync(factory, Noda);

        using var certificates = await browser.GetAsync($"/counter/cases/{caseId}/certificates");
        using var payment = await browser.GetAsync($"/counter/cases/{caseId}/payment");

        Assert.Equal(HttpStatusCode.NotFound, certificates.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, payment.StatusCode);
    }

    [Fact]
    public async Task A_forged_form_without_antiforgery_is_refused_and_issues_nothing()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "偽造");
        using var browser = await SignedInAsync(factory);

        using var response = await browser.PostAsync($"/counter/cases/{caseId}/certificates",
            [("_handler", "case-certificate"), ("Input.Type", "resident-copy-household"), ("Input.Copies", "1"), ("Input.Token", "form-forged"), ("Input.Step", "commit")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await DocumentsAsync(caseId));
    }

    private Task<int> DocumentsAsync(Guid caseId) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality,
            sp => sp.GetRequiredService<CounterDbContext>().Set<CaseDocument>().CountAsync(d => d.CaseId == caseId, Cancellation));
}
