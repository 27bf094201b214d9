using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.Payment;

public sealed partial class PaymentApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_receipt_collects_the_sum_of_the_chosen_fees_and_gives_the_change()
    {
        var counter = NewCounter();
        var first = await IssueAsync(factory, counter, 300, copies: 2);
        var second = await IssueAsync(factory, counter, 450);
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);

        var (status, receipt) = await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { first, second }, tendered = 2000 });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(1050, receipt.GetProperty("amount").GetInt64());
        Assert.Equal(950, receipt.GetProperty("change").GetInt64());
        Assert.Matches(ReceiptNumber(), receipt.GetProperty("number").GetString());
        var receiptId = receipt.GetProperty("receiptId").GetGuid();
        var paid = await ReadAsync(factory, db => db.Issuances.Where(i => i.ReceiptId == receiptId).Select(i => i.Id).ToListAsync(Cancellation));
        Assert.Equal([first, second], paid.Order());
        var audit = await AuditLog.EventsAsync(factory, Otsuchi);
        Assert.Contains(audit, e => e.Action == "certificates.fee-collected" && e.SubjectId == receiptId.ToString());
    }

    [Fact]
    public async Task Tendered_below_the_amount_due_is_refused_with_the_field_named_and_nothing_is_collected()
    {
        var counter = NewCounter();
        var issuance = await IssueAsync(factory, counter, 300, copies: 2);
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);

        var (status, problem) = await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { issuance }, tendered = 500 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("預かり金：請求金額 600円 以上を入力してください。", problem.GetProperty("errors").GetProperty("tendered")[0].GetString());
        Assert.Null(await ReadAsync(factory, db => db.Issuances.Where(i => i.Id == issuance).Select(i => i.ReceiptId).SingleAsync(Cancellation)));
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_receipt_and_collects_once()
    {
        var counter = NewCounter();
        var issuance = await IssueAsync(factory, counter, 300);
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);
        var body = new { issuanceIds = new[] { issuance }, tendered = 1000 };

        var (firstStatus, first) = await PostAsync(api, "/api/v1/receipts", body, "pay-once-1");
        var (againStatus, again) = await PostAsync(api, "/api/v1/receipts", body, "pay-once-1");

        Assert.Equal(HttpStatusCode.Created, firstStatus);
        Assert.Equal(HttpStatusCode.Created, againStatus);
        Assert.Equal(first.GetProperty("number").GetString(), again.GetProperty("number").GetString());
        Assert.Equal(1, await ReadAsync(factory, db => db.Receipts.CountAsync(r => r.Counter == counter, Cancellation)));
    }

    [Fact]
    public async Task An_exempt_or_already_paid_certificate_cannot_be_collected()
    {
        var counter = NewCounter();
        var exempt = await IssueAsync(factory, counter, 300, exemption: "公用");
        var charged = await IssueAsync(factory, counter, 300);
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { charged }, tendered = 300 })).Status);

        var (exemptStatus, exemptProblem) = await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { exempt }, tendered = 0 });
        var (againStatus, againProblem) = await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { charged }, tendered = 300 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, exemptStatus);
        Assert.Contains("免除", exemptProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, againStatus);
        Assert.Contains("既に収納済み", againProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await ReadAsync(factory, db => db.Receipts.CountAsync(r => r.Counter == counter, Cancellation)));
    }

    [Fact]
    public async Task Another_towns_certificate_is_not_found()
    {
        var noda = await IssueAsync(factory, NewCounter(), 200, tenant: "035033");
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);

        var (status, _) = await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { noda }, tendered = 200 });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Null(await ReadAsync(factory, db => db.Issuances.Where(i => i.Id == noda).Select(i => i.ReceiptId).SingleAsync(Cancellation), "035033"));
    }

    [Fact]
    public async Task A_client_without_the_cash_scope_cannot_collect_fees()
    {
        var issuance = await IssueAsync(factory, NewCounter(), 300);
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Issue);

        var (status, _) = await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { issuance }, tendered = 300 });

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [GeneratedRegex(@"^R2026-\d{6}$")]
    private static partial Regex ReceiptNumber();
}
