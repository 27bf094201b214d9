using System.Net;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;
using static Tsunagi.Counter.Tests.Payment.PaymentSteps;

namespace Tsunagi.Counter.Tests.Payment;

public sealed class CasePaymentTests(PaymentFactory factory) : IClassFixture<PaymentFactory>
{
    private static readonly (string Name, CertificateType Type)[] Types =
        [("resident-copy-household", CertificateType.ResidentCopyHousehold), ("resident-copy-individual", CertificateType.ResidentCopyIndividual)];

    [Fact]
    public async Task One_payment_equals_the_sum_of_its_documents_for_any_mix_of_types_and_copies()
    {
        using var api = await ApiClientAsync(factory);
        var document = Gen.Elements(Types).Zip(Gen.Choose(1, 10));
        var visits = Gen.Sample(Gen.NonEmptyListOf(document).Select(l => l.Take(3).ToList()), 6);
        var family = 0;
        foreach (var documents in visits)
        {
            var caseId = await MovedInCaseAsync(factory, api, "合計" + family++);
            foreach (var ((name, _), copies) in documents)
            {
                await IssueAsync(api, caseId, name, copies);
            }

            var expected = documents.Sum(d => PaymentFactory.Fees[d.Item1.Type] * d.Item2);
            var (_, bill) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}/payment");
            Assert.Equal(expected, bill.GetProperty("total").GetInt64());
            var (status, receipt) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = expected + 1000 }, Guid.CreateVersion7().ToString());

            Assert.True(status == HttpStatusCode.Created, receipt.ToString());
            Assert.Equal(expected, receipt.GetProperty("total").GetInt64());
            Assert.Equal(1000, receipt.GetProperty("change").GetInt64());
            Assert.Equal(documents.Count, receipt.GetProperty("lines").GetArrayLength());
            Assert.Equal(expected, receipt.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetInt64()));
        }
    }

    [Fact]
    public async Task The_receipt_lists_each_document_and_its_pdf_is_a_real_pdf()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "領収");
        var household = await IssueAsync(api, caseId, "resident-copy-household", 2);
        var individual = await IssueAsync(api, caseId, "resident-copy-individual", 1);

        var (_, receipt) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = 1000 }, Guid.CreateVersion7().ToString());

        var lines = receipt.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(
            [household.GetProperty("number").GetString(), individual.GetProperty("number").GetString()],
            lines.Select(l => l.GetProperty("number").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(800, receipt.GetProperty("total").GetInt64());
        Assert.Equal(200, receipt.GetProperty("change").GetInt64());
        Assert.StartsWith("R", receipt.GetProperty("receiptNumber").GetString(), StringComparison.Ordinal);
        var receiptId = receipt.GetProperty("receiptId").GetGuid();
        var pdf = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp => (await sp.GetRequiredService<ReceiptPdf>().RenderAsync(receiptId, Cancellation)).Pdf);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal($"/certificates/receipts/{receiptId}/pdf", receipt.GetProperty("pdfHref").GetString());
    }

    [Fact]
    public async Task Repeating_the_payment_with_the_same_key_returns_the_same_receipt()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "再送");
        await IssueAsync(api, caseId, "resident-copy-household", 1);
        var key = Guid.CreateVersion7().ToString();

        var (_, first) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = 500 }, key);
        var (status, again) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = 500 }, key);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(first.GetProperty("receiptId").GetGuid(), again.GetProperty("receiptId").GetGuid());
        Assert.Equal(first.GetProperty("receiptNumber").GetString(), again.GetProperty("receiptNumber").GetString());
        var (_, bill) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}/payment");
        Assert.Equal(1, bill.GetProperty("receipts").GetArrayLength());
    }

    [Fact]
    public async Task A_second_payment_for_the_same_case_finds_nothing_unpaid()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "二度");
        await IssueAsync(api, caseId, "resident-copy-individual", 3);
        var (paid, _) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = 600 }, Guid.CreateVersion7().ToString());
        Assert.Equal(HttpStatusCode.Created, paid);

        var (_, bill) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}/payment");
        var (status, problem) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = 600 }, Guid.CreateVersion7().ToString());

        Assert.True(bill.GetProperty("nothingToPay").GetBoolean());
        Assert.Equal(0, bill.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("お会計：この受付に未収の証明書はありません。", problem.GetProperty("errors").GetProperty("payment")[0].GetString());
    }

    [Fact]
    public async Task A_short_tender_is_refused_and_leaves_the_documents_unpaid()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "不足");
        await IssueAsync(api, caseId, "resident-copy-household", 2);

        var (status, _) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = 599 }, Guid.CreateVersion7().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var (_, bill) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}/payment");
        Assert.Equal(600, bill.GetProperty("total").GetInt64());
        Assert.Equal(0, bill.GetProperty("receipts").GetArrayLength());
    }

    [Fact]
    public async Task Issuing_a_certificate_completes_the_case_s_certificate_step()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "工程");

        var issued = await IssueAsync(api, caseId, "resident-copy-household", 1);

        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        var step = StepOf(counterCase, "shomei-juminhyo");
        Assert.Equal("完了", step.GetProperty("state").GetString());
        Assert.Equal(issued.GetProperty("stepId").GetGuid(), step.GetProperty("id").GetGuid());
        Assert.Equal(300, issued.GetProperty("fee").GetInt64());
    }

    [Fact]
    public async Task Another_town_s_case_is_not_found()
    {
        using var otsuchi = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, otsuchi, "他町");
        using var noda = await ApiClientAsync(factory, Noda);

        var (bill, _) = await GetAsync(noda, $"/api/v1/counter/cases/{caseId}/payment");
        var (issue, _) = await PostAsync(noda, $"/api/v1/counter/cases/{caseId}/certificates", new { type = "resident-copy-household", copies = 1 });
        var (pay, _) = await PostAsync(noda, $"/api/v1/counter/cases/{caseId}/payment", new { tendered = 1000 });

        Assert.Equal(HttpStatusCode.NotFound, bill);
        Assert.Equal(HttpStatusCode.NotFound, issue);
        Assert.Equal(HttpStatusCode.NotFound, pay);
    }
}
