using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Data;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using UglyToad.PdfPig;

namespace Tsunagi.Certificates.Tests.Features.Issue;

public sealed class IssuePageTests(IssueFactory factory) : IClassFixture<IssueFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_clerk_issues_a_household_copy_through_the_confirmation_screen_and_finds_it_in_the_list()
    {
        var (householdId, members) = IssueRequests.Family(factory);
        using var browser = await ClerkAsync();
        var path = $"/certificates/issue?household={householdId}&resident={members[0].ResidentId}";
        var form = await browser.PageAsync(path);
        Assert.Contains("𠮷野", WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        var token = FormToken(form);
        (string, string)[] fields =
        [
            ("Input.Token", token), ("Input.HouseholdId", householdId.ToString()), ("Input.Type", "resident-copy-household"),
            ("Input.Members[0].ResidentId", members[0].ResidentId.ToString()), ("Input.Members[0].Chosen", "true"),
            ("Input.Members[1].ResidentId", members[1].ResidentId.ToString()), ("Input.Members[1].Chosen", "true"),
            ("Input.HouseholdHeadAndRelationship", "true"), ("Input.RequesterType", "self"), ("Input.RequesterName", "髙橋　一郎"),
            ("Input.RequesterResidentId", members[0].ResidentId.ToString()), ("Input.IdentityDocument", "運転免許証"),
            ("Input.Copies", "２"), ("Input.Counter", "本庁舎 2番窓口"), ("Input.Exemption", "none"),
        ];

        using var confirm = await browser.SubmitAsync(path, "issue", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("600円（1通 300円 × 2通）", StaffBrowser.TextOf(confirmation, "confirm-fee"), StringComparison.Ordinal);
        var preview = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(confirmation, "href=\"(?<href>[^\"]+)\" data-testid=\"preview\"").Groups["href"].Value);
        var issuances = await CountIssuancesAsync();
        using (var sample = await browser.GetAsync(preview))
        {
            Assert.Equal("application/pdf", sample.Content.Headers.ContentType?.MediaType);
            using var pdf = PdfDocument.Open(await sample.Content.ReadAsByteArrayAsync(Cancellation));
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("見本", text, StringComparison.Ordinal);
            Assert.Contains("𠮷野　花子", text, StringComparison.Ordinal);
        }

        Assert.Equal(issuances, await CountIssuancesAsync());

        using var commit = await browser.PostAsync(path, [("_handler", "issue"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var done = await commit.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var number = StaffBrowser.TextOf(done, "issued-number");
        Assert.Matches(@"^2026-\d{6}$", number);
        Assert.Contains("600円", StaffBrowser.TextOf(done, "issued-fee"), StringComparison.Ordinal);
        Assert.Contains("/certificates/payment?issuance=", done, StringComparison.Ordinal);
        Assert.Equal(issuances + 1, await CountIssuancesAsync());

        var list = await browser.PageAsync("/certificates");
        Assert.Contains(number!, StaffBrowser.TextOf(list, "issuances"), StringComparison.Ordinal);
        Assert.Contains("本庁舎 2番窓口", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_issues_nothing()
    {
        var (householdId, members) = IssueRequests.Family(factory);
        using var browser = await ClerkAsync();
        var path = $"/certificates/issue?household={householdId}";
        var issuances = await CountIssuancesAsync();

        using var response = await browser.PostAsync(path,
        [
            ("_handler", "issue"), ("Input.Step", "commit"), ("Input.Token", "form-crafted"), ("Input.HouseholdId", householdId.ToString()),
            ("Input.Type", "resident-copy-household"), ("Input.RequesterType", "self"), ("Input.RequesterName", "髙橋　一郎"), ("Input.Copies", "1"),
            ("Input.Members[0].ResidentId", members[0].ResidentId.ToString()), ("Input.Members[0].Chosen", "true"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(issuances, await CountIssuancesAsync());
    }

    [Fact]
    public async Task Wrong_values_come_back_on_the_form_tied_to_their_fields()
    {
        var (householdId, _) = IssueRequests.Family(factory);
        using var browser = await ClerkAsync();
        var path = $"/certificates/issue?household={householdId}";

        using var response = await browser.SubmitAsync(path, "issue",
            ("Input.Step", "confirm"), ("Input.HouseholdId", householdId.ToString()), ("Input.Type", "resident-copy-household"),
            ("Input.RequesterType", "self"), ("Input.Copies", "0"));

        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("交付部数：1〜10 の整数で指定してください。", StaffBrowser.TextOf(html, "copies-error", "id"), StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"copies-hint copies-error\"", html, StringComparison.Ordinal);
        Assert.Contains("請求者の氏名：入力してください。", StaffBrowser.TextOf(html, "form-errors"), StringComparison.Ordinal);
    }

    private async Task<StaffBrowser> ClerkAsync()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(IssueFactory.Otsuchi, userName, StaffFixtures.Password);
        return browser;
    }

    private static string FormToken(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Token\" value=\"(?<token>[^\"]+)\"").Groups["token"].Value);

    private Task<int> CountIssuancesAsync() =>
        factory.Services.InTenantScopeAsync(IssueFactory.Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<CertificatesDbContext>().Issuances.CountAsync(Cancellation));
}
