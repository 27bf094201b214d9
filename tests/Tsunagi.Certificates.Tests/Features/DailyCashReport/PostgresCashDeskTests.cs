using System.Net;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.DailyCashReport;

/// <summary>The cash desk on PostgreSQL as the application role (row-level security on): the same sums as on SQLite.</summary>
[Trait("Lane", "postgres")]
public sealed class PostgresCashDeskTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task Payment_void_and_the_daily_cash_report_agree_on_PostgreSQL()
    {
        var counter = NewCounter();
        var paid = await IssueAsync(factory, counter, 300, copies: 2);
        var unpaid = await IssueAsync(factory, counter, 300);
        using var cash = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash, CertificatesPermissions.Issue);
        using var approver = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.VoidApprove);
        var (payStatus, receipt) = await PostAsync(cash, "/api/v1/receipts", new { issuanceIds = new[] { paid }, tendered = 1000 }, "pg-pay-1");
        var (_, request) = await PostAsync(cash, $"/api/v1/certificates/{paid}/void-requests", new { reason = "誤発行" });
        var (_, pending) = await GetAsync(approver, "/api/v1/void-requests");
        var (approveStatus, _) = await PostAsync(approver, $"/api/v1/void-requests/{request.GetProperty("requestId").GetGuid()}/approve", new { });

        var (status, report) = await GetAsync(cash, $"/api/v1/cash-reports?date=R8.11.23&counter={Uri.EscapeDataString(counter)}");

        Assert.Equal(HttpStatusCode.Created, payStatus);
        Assert.StartsWith("R2026-", receipt.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, pending.GetProperty("totalCount").GetInt64());
        Assert.Equal(HttpStatusCode.OK, approveStatus);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((600L, 600L, 0L, true), (report.GetProperty("receiptAmount").GetInt64(), report.GetProperty("refundAmount").GetInt64(), report.GetProperty("netCash").GetInt64(), report.GetProperty("balanced").GetBoolean()));
        Assert.Equal(unpaid, Assert.Single(report.GetProperty("unpaid").EnumerateArray()).GetProperty("issuanceId").GetGuid());
    }
}
