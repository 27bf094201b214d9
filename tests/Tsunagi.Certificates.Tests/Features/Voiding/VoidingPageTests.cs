using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Domain;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.Voiding;

public sealed class VoidingPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_clerk_asks_for_a_void_and_an_administrator_approves_it_after_a_confirmation()
    {
        var issuance = await IssueAsync(factory, NewCounter(), 300);
        using var clerk = await SignedInAsync("clerk");
        using var asked = await clerk.SubmitAsync($"/certificates/voids/new?issuance={issuance}", "void-request", ("Input.Token", "void-page-1"), ("Input.Reason", "交付先の誤り"), ("Input.Step", "confirm"));
        var confirmation = await asked.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        using var committed = await clerk.PostAsync($"/certificates/voids/new?issuance={issuance}", [("_handler", "void-request"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), ("Input.Token", "void-page-1"), ("Input.Reason", "交付先の誤り"), ("Input.Step", "commit")]);
        Assert.Contains("data-testid=\"void-requested\"", await committed.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var requestId = await ReadAsync(factory, db => db.VoidRequests.Where(v => v.IssuanceId == issuance).Select(v => v.Id).SingleAsync(Cancellation));

        using var admin = await SignedInAsync("admin");
        var list = await admin.PageAsync("/certificates/voids");
        Assert.Contains($"/certificates/voids/{requestId}", list, StringComparison.Ordinal);
        using var confirm = await admin.SubmitAsync($"/certificates/voids/{requestId}", "void-decision", ("Input.Token", "decide-page-1"), ("Input.Step", "confirm-approve"));
        var confirmHtml = await confirm.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("元に戻せません", confirmHtml, StringComparison.Ordinal);
        Assert.Equal(IssuanceStatus.Issued, await StatusOfAsync(issuance));
        using var approved = await admin.PostAsync($"/certificates/voids/{requestId}", [("_handler", "void-decision"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmHtml)), ("Input.Token", "decide-page-1"), ("Input.Step", "approve")]);

        Assert.Contains("data-testid=\"void-decided\"", await approved.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(IssuanceStatus.Voided, await StatusOfAsync(issuance));
    }

    [Fact]
    public async Task An_administrator_cannot_decide_the_void_they_asked_for_even_with_a_crafted_form()
    {
        var issuance = await IssueAsync(factory, NewCounter(), 300);
        using var admin = await SignedInAsync("admin");
        using var asked = await admin.SubmitAsync($"/certificates/voids/new?issuance={issuance}", "void-request", ("Input.Token", "void-page-2"), ("Input.Reason", "誤発行"), ("Input.Step", "commit"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var requestId = await ReadAsync(factory, db => db.VoidRequests.Where(v => v.IssuanceId == issuance).Select(v => v.Id).SingleAsync(Cancellation));

        var page = await admin.PageAsync($"/certificates/voids/{requestId}");
        using var crafted = await admin.PostAsync($"/certificates/voids/{requestId}", [("_handler", "void-decision"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(page)), ("Input.Token", "decide-page-2"), ("Input.Step", "approve")]);

        Assert.Contains("data-testid=\"own-request\"", page, StringComparison.Ordinal);
        var answer = await crafted.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"form-errors\"", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"void-decided\"", answer, StringComparison.Ordinal);
        Assert.Equal(IssuanceStatus.Issued, await StatusOfAsync(issuance));
    }

    [Fact]
    public async Task A_clerk_cannot_open_the_approval_list()
    {
        using var clerk = await SignedInAsync("clerk");

        using var response = await clerk.GetAsync("/certificates/voids");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<StaffBrowser> SignedInAsync(string demoUser)
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(Otsuchi, demoUser, $"{demoUser}-{Otsuchi}-demo");
        return browser;
    }

    private Task<IssuanceStatus> StatusOfAsync(Guid issuance) =>
        ReadAsync(factory, db => db.Issuances.Where(i => i.Id == issuance).Select(i => i.Status).SingleAsync(Cancellation));
}
