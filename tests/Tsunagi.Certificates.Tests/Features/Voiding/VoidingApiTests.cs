using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Domain;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.Voiding;

public sealed class VoidingApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task The_one_who_asked_for_a_void_cannot_approve_it_and_the_certificate_stays_valid()
    {
        var issuance = await IssueAsync(factory, NewCounter(), 300);
        using var both = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Issue, CertificatesPermissions.VoidApprove);
        var (_, request) = await PostAsync(both, $"/api/v1/certificates/{issuance}/void-requests", new { reason = "氏名の誤記" });

        var (status, problem) = await PostAsync(both, $"/api/v1/void-requests/{request.GetProperty("requestId").GetGuid()}/approve", new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("依頼した職員は承認・却下できません", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(IssuanceStatus.Issued, await StatusOfAsync(issuance));
    }

    [Fact]
    public async Task Approval_by_a_second_person_voids_the_certificate_refunds_its_fee_and_voids_its_receipt()
    {
        var counter = NewCounter();
        var issuance = await IssueAsync(factory, counter, 300, copies: 2);
        using var cash = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash, CertificatesPermissions.Issue);
        using var approver = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.VoidApprove);
        var (_, receipt) = await PostAsync(cash, "/api/v1/receipts", new { issuanceIds = new[] { issuance }, tendered = 600 });
        var (requested, request) = await PostAsync(cash, $"/api/v1/certificates/{issuance}/void-requests", new { reason = "請求者の取り違え" });
        Assert.Equal(HttpStatusCode.Created, requested);

        var (status, outcome) = await PostAsync(approver, $"/api/v1/void-requests/{request.GetProperty("requestId").GetGuid()}/approve", new { });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("approved", outcome.GetProperty("status").GetString());
        Assert.Equal(600, outcome.GetProperty("refundAmount").GetInt64());
        Assert.Equal(IssuanceStatus.Voided, await StatusOfAsync(issuance));
        var receiptId = receipt.GetProperty("receiptId").GetGuid();
        Assert.Equal(ReceiptStatus.Voided, await ReadAsync(factory, db => db.Receipts.Where(r => r.Id == receiptId).Select(r => r.Status).SingleAsync(Cancellation)));
        var audit = await AuditLog.EventsAsync(factory, Otsuchi);
        Assert.Contains(audit, e => e.Action == "certificates.void-requested" && e.SubjectId == issuance.ToString());
        Assert.Contains(audit, e => e.Action == "certificates.void-approved" && e.SubjectId == issuance.ToString());
    }

    [Fact]
    public async Task A_receipt_stays_valid_while_one_of_its_certificates_is_still_valid()
    {
        var counter = NewCounter();
        var voided = await IssueAsync(factory, counter, 300);
        var kept = await IssueAsync(factory, counter, 300);
        using var cash = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Cash, CertificatesPermissions.Issue);
        using var approver = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.VoidApprove);
        var (_, receipt) = await PostAsync(cash, "/api/v1/receipts", new { issuanceIds = new[] { voided, kept }, tendered = 600 });
        var (_, request) = await PostAsync(cash, $"/api/v1/certificates/{voided}/void-requests", new { reason = "重複交付" });

        var (_, outcome) = await PostAsync(approver, $"/api/v1/void-requests/{request.GetProperty("requestId").GetGuid()}/approve", new { });

        Assert.Equal(300, outcome.GetProperty("refundAmount").GetInt64());
        var receiptId = receipt.GetProperty("receiptId").GetGuid();
        Assert.Equal(ReceiptStatus.Paid, await ReadAsync(factory, db => db.Receipts.Where(r => r.Id == receiptId).Select(r => r.Status).SingleAsync(Cancellation)));
        Assert.Equal(IssuanceStatus.Issued, await StatusOfAsync(kept));
    }

    [Fact]
    public async Task Rejection_needs_a_reason_and_changes_nothing_but_the_request()
    {
        var issuance = await IssueAsync(factory, NewCounter(), 300);
        using var clerk = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Issue);
        using var approver = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.VoidApprove);
        var (_, request) = await PostAsync(clerk, $"/api/v1/certificates/{issuance}/void-requests", new { reason = "誤発行" });
        var requestId = request.GetProperty("requestId").GetGuid();

        var (noReason, problem) = await PostAsync(approver, $"/api/v1/void-requests/{requestId}/reject", new { reason = "　" });
        var (status, outcome) = await PostAsync(approver, $"/api/v1/void-requests/{requestId}/reject", new { reason = "内容に誤りはない" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason);
        Assert.Equal("却下の理由：入力してください。", problem.GetProperty("errors").GetProperty("decisionReason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("rejected", outcome.GetProperty("status").GetString());
        Assert.Equal(0, outcome.GetProperty("refundAmount").GetInt64());
        Assert.Equal(IssuanceStatus.Issued, await StatusOfAsync(issuance));
        var stored = await ReadAsync(factory, db => db.VoidRequests.AsNoTracking().SingleAsync(v => v.Id == requestId, Cancellation));
        Assert.Equal(("内容に誤りはない", (DateOnly?)null), (stored.DecisionReason, stored.RefundOn));
    }

    [Fact]
    public async Task A_void_request_needs_a_reason_and_one_at_a_time()
    {
        var issuance = await IssueAsync(factory, NewCounter(), 300);
        using var clerk = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Issue);

        var (blank, problem) = await PostAsync(clerk, $"/api/v1/certificates/{issuance}/void-requests", new { reason = "" });
        var (first, _) = await PostAsync(clerk, $"/api/v1/certificates/{issuance}/void-requests", new { reason = "誤発行" });
        var (second, _) = await PostAsync(clerk, $"/api/v1/certificates/{issuance}/void-requests", new { reason = "誤発行" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank);
        Assert.Equal("取消の理由：入力してください。", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second);
        Assert.Equal(1, await ReadAsync(factory, db => db.VoidRequests.CountAsync(v => v.IssuanceId == issuance, Cancellation)));
    }

    private Task<IssuanceStatus> StatusOfAsync(Guid issuance) =>
        ReadAsync(factory, db => db.Issuances.Where(i => i.Id == issuance).Select(i => i.Status).SingleAsync(Cancellation));
}
