using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.Payment;

public sealed class PaymentPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_clerk_collects_a_fee_after_the_confirmation_screen_once_even_when_the_form_is_sent_twice()
    {
        var counter = NewCounter();
        var issuance = await IssueAsync(factory, counter, 300, copies: 2);
        var other = await IssueAsync(factory, counter, 300);
        using var clerk = new StaffBrowser(factory);
        await clerk.SignInAsync(Otsuchi, "clerk", $"clerk-{Otsuchi}-demo");
        var path = $"/certificates/payment?issuance={issuance}";
        var form = await clerk.PageAsync(path);
        Assert.Contains($"value=\"{other}\"", form, StringComparison.Ordinal);

        using var confirm = await clerk.SubmitAsync(path, "payment", ("Input.Token", "pay-page-1"), ("IssuanceId", issuance.ToString()), ("Input.Tendered", "１，０００"), ("Input.Step", "confirm"));
        var confirmation = await confirm.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal("600円", StaffBrowser.TextOf(confirmation, "due"));
        Assert.Equal("400円", StaffBrowser.TextOf(confirmation, "change"));
        Assert.Null(await ReceiptOfAsync(issuance));
        (string, string)[] commit = [("_handler", "payment"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), ("Input.Token", "pay-page-1"), ("IssuanceId", issuance.ToString()), ("Input.Tendered", "１，０００"), ("Input.Step", "commit")];
        using var done = await clerk.PostAsync(path, commit);
        using var again = await clerk.PostAsync(path, commit);

        var first = StaffBrowser.TextOf(await done.Content.ReadAsStringAsync(Cancellation), "payment-done");
        Assert.Contains("600円 を収納しました。おつりは 400円 です。", first, StringComparison.Ordinal);
        Assert.Equal(first, StaffBrowser.TextOf(await again.Content.ReadAsStringAsync(Cancellation), "payment-done"));
        var receiptId = await ReceiptOfAsync(issuance);
        Assert.Null(await ReceiptOfAsync(other));
        Assert.Equal(1, await ReadAsync(factory, db => db.Receipts.CountAsync(r => r.Counter == counter, Cancellation)));
        using var pdf = await clerk.GetAsync($"/certificates/receipts/{receiptId}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Tendered_below_the_amount_due_comes_back_with_the_field_named()
    {
        var issuance = await IssueAsync(factory, NewCounter(), 300);
        using var clerk = new StaffBrowser(factory);
        await clerk.SignInAsync(Otsuchi, "clerk", $"clerk-{Otsuchi}-demo");

        using var response = await clerk.SubmitAsync($"/certificates/payment?issuance={issuance}", "payment", ("Input.Token", "pay-page-2"), ("IssuanceId", issuance.ToString()), ("Input.Tendered", "200"), ("Input.Step", "confirm"));
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Contains("預かり金：請求金額 300円 以上を入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Null(await ReceiptOfAsync(issuance));
    }

    private Task<Guid?> ReceiptOfAsync(Guid issuance) =>
        ReadAsync(factory, db => db.Issuances.Where(i => i.Id == issuance).Select(i => i.ReceiptId).SingleAsync(Cancellation));
}
