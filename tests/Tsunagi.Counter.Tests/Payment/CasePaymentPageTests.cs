using System.Net;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;
using static Tsunagi.Counter.Tests.Payment.CounterClerkBrowser;
using static Tsunagi.Counter.Tests.Payment.PaymentSteps;

namespace Tsunagi.Counter.Tests.Payment;

public sealed class CasePaymentPageTests(PaymentFactory factory) : IClassFixture<PaymentFactory>
{
    [Fact]
    public async Task The_bills_total_is_the_sum_of_its_lines()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "明細");
        await IssueAsync(api, caseId, "resident-copy-household", 2);
        await IssueAsync(api, caseId, "resident-copy-individual", 3);
        using var browser = await SignedInAsync(factory);

        var html = await browser.PageAsync($"/counter/cases/{caseId}/payment");

        var amounts = System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"payment-line-amount\">([0-9,]+)円<").Select(m => long.Parse(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([600, 600], amounts);
        Assert.Equal("1,200円", StaffBrowser.TextOf(html, "payment-total"));
    }

    [Fact]
    public async Task Paying_through_the_page_gives_one_receipt_and_the_bill_is_then_empty()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "会計");
        await IssueAsync(api, caseId, "resident-copy-household", 3);
        using var browser = await SignedInAsync(factory);
        var path = $"/counter/cases/{caseId}/payment";
        var token = "form-" + Guid.CreateVersion7().ToString("N");

        using var confirm = await browser.SubmitAsync(path, "case-payment", ("Input.Tendered", "１，０００"), ("Input.Token", token), ("Input.Step", "confirm"));
        var confirmation = await HtmlAsync(confirm);
        Assert.Equal("100円", StaffBrowser.TextOf(confirmation, "confirm-change"));
        Assert.Contains("data-testid=\"commit-payment\"", confirmation, StringComparison.Ordinal);
        using var commit = await browser.SubmitAsync(path, "case-payment", ("Input.Tendered", "1000"), ("Input.Token", token), ("Input.Step", "commit"));
        using var again = await browser.SubmitAsync(path, "case-payment", ("Input.Tendered", "1000"), ("Input.Token", token), ("Input.Step", "commit"));
        var result = await HtmlAsync(commit);

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.StartsWith("R", StaffBrowser.TextOf(result, "receipt-number"), StringComparison.Ordinal);
        Assert.Equal(StaffBrowser.TextOf(result, "receipt-number"), StaffBrowser.TextOf(await HtmlAsync(again), "receipt-number"));
        Assert.Equal("100円", StaffBrowser.TextOf(result, "change"));
        Assert.Equal("900円", StaffBrowser.TextOf(result, "payment-total"));
        var (_, bill) = await GetAsync(api, path.Replace("/counter", "/api/v1/counter", StringComparison.Ordinal));
        Assert.Equal(1, bill.GetProperty("receipts").GetArrayLength());
        Assert.True(bill.GetProperty("nothingToPay").GetBoolean());
        var after = await browser.PageAsync(path);
        Assert.NotNull(StaffBrowser.TextOf(after, "nothing-to-pay"));
        Assert.DoesNotContain("data-testid=\"tendered\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_little_tendered_is_refused_naming_it_and_nothing_is_paid()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "不足");
        await IssueAsync(api, caseId, "resident-copy-household", 3);
        using var browser = await SignedInAsync(factory);
        var path = $"/counter/cases/{caseId}/payment";

        using var commit = await browser.SubmitAsync(path, "case-payment", ("Input.Tendered", "500"), ("Input.Token", "form-" + Guid.CreateVersion7().ToString("N")), ("Input.Step", "commit"));
        var html = await HtmlAsync(commit);

        Assert.Contains("id=\"tendered-error\"", html, StringComparison.Ordinal);
        Assert.Contains("預かり金：合計（900円）以上の金額を入力してください。", html, StringComparison.Ordinal);
        var (_, bill) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}/payment");
        Assert.Equal(0, bill.GetProperty("receipts").GetArrayLength());
        Assert.Equal(900, bill.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_forged_payment_without_antiforgery_is_refused()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "偽払");
        await IssueAsync(api, caseId, "resident-copy-individual", 1);
        using var browser = await SignedInAsync(factory);

        using var response = await browser.PostAsync($"/counter/cases/{caseId}/payment",
            [("_handler", "case-payment"), ("Input.Tendered", "1000"), ("Input.Token", "form-forged"), ("Input.Step", "commit")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (_, bill) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}/payment");
        Assert.Equal(0, bill.GetProperty("receipts").GetArrayLength());
    }
}
