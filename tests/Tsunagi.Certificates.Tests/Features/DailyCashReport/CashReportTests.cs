using System.Net;
using System.Text;
using System.Text.Json;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Testing;
using UglyToad.PdfPig;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.DailyCashReport;

public sealed class CashReportTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task The_report_reconciles_receipts_with_fees_nets_out_the_refund_of_a_voided_paid_certificate_and_lists_the_unpaid()
    {
        var (counter, unpaid) = await ADayAtTheCounterAsync();
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);

        var (status, report) = await GetAsync(api, $"/api/v1/cash-reports?date=R8.11.23&counter={Uri.EscapeDataString(counter)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1200, report.GetProperty("feesCharged").GetInt64());
        Assert.Equal(2, report.GetProperty("receiptCount").GetInt32());
        Assert.Equal(900, report.GetProperty("receiptAmount").GetInt64());
        Assert.Equal(300, report.GetProperty("refundAmount").GetInt64());
        Assert.Equal(600, report.GetProperty("netCash").GetInt64());
        Assert.Equal(900, report.GetProperty("paidFees").GetInt64());
        Assert.True(report.GetProperty("balanced").GetBoolean());
        var unpaidLines = report.GetProperty("unpaid").EnumerateArray().ToList();
        Assert.Equal(unpaid, Assert.Single(unpaidLines).GetProperty("issuanceId").GetGuid());
        Assert.Equal(300, report.GetProperty("unpaidAmount").GetInt64());
        var exemption = Assert.Single(report.GetProperty("exemptions").EnumerateArray());
        Assert.Equal(("公用", 1), (exemption.GetProperty("reason").GetString(), exemption.GetProperty("count").GetInt32()));
        var household = report.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("type").GetString() == "resident-copy-household");
        Assert.Equal((3, 4), (household.GetProperty("count").GetInt32(), household.GetProperty("copies").GetInt32()));
    }

    [Fact]
    public async Task Another_counter_and_another_day_do_not_mix_into_the_report()
    {
        var (counter, _) = await ADayAtTheCounterAsync();
        await IssueAsync(factory, counter, 300, issuedOn: Today.AddDays(-1));
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);

        var (_, other) = await GetAsync(api, $"/api/v1/cash-reports?date=2026-11-23&counter={Uri.EscapeDataString(NewCounter())}");
        var (_, yesterday) = await GetAsync(api, $"/api/v1/cash-reports?date=令和8年11月22日&counter={Uri.EscapeDataString(counter)}");

        Assert.Equal(0, other.GetProperty("receiptAmount").GetInt64());
        Assert.Empty(other.GetProperty("documents").EnumerateArray());
        Assert.Equal(300, yesterday.GetProperty("feesCharged").GetInt64());
        Assert.Equal(0, yesterday.GetProperty("receiptAmount").GetInt64());
    }

    [Fact]
    public async Task The_csv_is_utf8_with_a_bom_and_japanese_headings_and_the_pdf_shows_the_net_cash()
    {
        var (counter, _) = await ADayAtTheCounterAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(Otsuchi, "clerk", $"clerk-{Otsuchi}-demo");
        var query = $"date=R8.11.23&counter={Uri.EscapeDataString(counter)}";

        var page = await browser.PageAsync($"/certificates/cash-report?{query}");
        using var csv = await browser.GetAsync($"/certificates/cash-report.csv?{query}");
        using var pdf = await browser.GetAsync($"/certificates/cash-report.pdf?{query}");

        Assert.Equal("600円", StaffBrowser.TextOf(page, "net-cash"));
        Assert.Equal("一致", StaffBrowser.TextOf(page, "reconciliation"));
        var bytes = await csv.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("区分,項目,件数,通数,金額", lines[0]);
        Assert.Contains("差引現金,領収 − 還付,,,600", lines);
        Assert.Contains("還付（取消）,,1,,300", lines);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Cancellation));
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("日計表", text, StringComparison.Ordinal);
        Assert.Contains("差引現金　600円", text, StringComparison.Ordinal);
        Assert.Contains("令和　８年１１月２３日", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_cannot_be_read_is_refused_with_the_field_named()
    {
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash);

        var (status, problem) = await GetAsync(api, "/api/v1/cash-reports?date=R8.13.40");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.StartsWith("日付：", problem.GetProperty("errors").GetProperty("date")[0].GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// At a fresh counter today: A 300 and B 600 (2 copies) paid on separate receipts, A then voided with its refund;
    /// C exempt (公用, an individual-form copy); D 300 left unpaid. Three household copies in all, four copies.
    /// </summary>
    private async Task<(string Counter, Guid Unpaid)> ADayAtTheCounterAsync()
    {
        var counter = NewCounter();
        var a = await IssueAsync(factory, counter, 300);
        var b = await IssueAsync(factory, counter, 300, copies: 2);
        await IssueAsync(factory, counter, 300, type: CertificateType.ResidentCopyIndividual, exemption: "公用");
        var d = await IssueAsync(factory, counter, 300);
        using var cash = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash, CertificatesPermissions.Issue);
        using var approver = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.VoidApprove);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(cash, "/api/v1/receipts", new { issuanceIds = new[] { a }, tendered = 500 })).Status);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(cash, "/api/v1/receipts", new { issuanceIds = new[] { b }, tendered = 1000 })).Status);
        var (_, request) = await PostAsync(cash, $"/api/v1/certificates/{a}/void-requests", new { reason = "誤発行" });
        var (approved, _) = await PostAsync(approver, $"/api/v1/void-requests/{request.GetProperty("requestId").GetGuid()}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved);
        return (counter, d);
    }
}
