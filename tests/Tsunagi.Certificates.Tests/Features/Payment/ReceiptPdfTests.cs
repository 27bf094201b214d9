using System.Net;
using System.Text.Json;
using Tsunagi.Testing;
using UglyToad.PdfPig;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.Payment;

public sealed class ReceiptPdfTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task The_receipt_pdf_prints_its_number_wareki_date_each_document_total_tendered_and_change()
    {
        var counter = NewCounter();
        var household = await IssueAsync(factory, counter, 300, copies: 2);
        var moveOut = await IssueAsync(factory, counter, 150, type: Contracts.CertificateType.RemovedRecordCopy);
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);
        var (_, receipt) = await PostAsync(api, "/api/v1/receipts", new { issuanceIds = new[] { household, moveOut }, tendered = 1000 });

        using var response = await api.GetAsync($"/api/v1/receipts/{receipt.GetProperty("receiptId").GetGuid()}/pdf", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = Text(await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Contains("領収書", text, StringComparison.Ordinal);
        Assert.Contains(receipt.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("令和　８年１１月２３日", text, StringComparison.Ordinal);
        Assert.Contains("住民票の写し（世帯連記式）", text, StringComparison.Ordinal);
        Assert.Contains("除票の写し", text, StringComparison.Ordinal);
        Assert.Contains("合計　750円", text, StringComparison.Ordinal);
        Assert.Contains("お預かり　1,000円", text, StringComparison.Ordinal);
        Assert.Contains("おつり　250円", text, StringComparison.Ordinal);
        Assert.Contains("上記の金額を領収しました。", text, StringComparison.Ordinal);
        Assert.Contains("岩手県大槌町", text, StringComparison.Ordinal);
        Assert.Contains(counter, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_of_another_town_is_not_found()
    {
        using var noda = await ApiClientAsync(factory, "035033", CertificatesPermissions.Cash);
        var issuance = await IssueAsync(factory, NewCounter(), 200, tenant: "035033");
        var (_, receipt) = await PostAsync(noda, "/api/v1/receipts", new { issuanceIds = new[] { issuance }, tendered = 200 });
        using var otsuchi = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);

        using var response = await otsuchi.GetAsync($"/api/v1/receipts/{receipt.GetProperty("receiptId").GetGuid()}/pdf", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
    }
}
