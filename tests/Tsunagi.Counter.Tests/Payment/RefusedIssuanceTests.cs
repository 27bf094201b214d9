using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Features.CaseCertificates;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;
using static Tsunagi.Counter.Tests.Payment.PaymentSteps;

namespace Tsunagi.Counter.Tests.Payment;

public sealed class RefusedIssuanceTests(PaymentFactory factory) : IClassFixture<PaymentFactory>
{
    [Fact]
    public async Task An_issuance_refused_for_a_support_measure_records_no_document_and_completes_no_step()
    {
        using var api = await ApiClientAsync(factory);
        var caseId = await MovedInCaseAsync(factory, api, "保護");
        var (_, before) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        var householdId = StepOf(before, "residents.move-in").GetProperty("resultId").GetGuid();
        var members = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality,
            async sp => (await sp.GetRequiredService<IRegisterExtract>().HouseholdAsOfAsync(householdId, new DateOnly(2026, 11, 24), "試験", Cancellation))!.Members);
        factory.Protected[members.Single(m => m.GivenName == "花子").ResidentId] = true;

        var (status, problem) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/certificates", new { type = "resident-copy-household", copies = 1 }, Guid.CreateVersion7().ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.DoesNotContain("花子", problem.ToString(), StringComparison.Ordinal);
        var (_, after) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        Assert.DoesNotContain(after.GetProperty("steps").EnumerateArray(), s => s.GetProperty("procedureCode").GetString() == CertificateStepCodes.ResidentCopy);
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        var documents = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality,
            sp => sp.GetRequiredService<CounterDbContext>().Set<CaseDocument>().CountAsync(d => d.CaseId == caseId, Cancellation));
        Assert.Equal(0, documents);
        var (_, bill) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}/payment");
        Assert.True(bill.GetProperty("nothingToPay").GetBoolean());
    }

    [Fact]
    public async Task A_certificate_before_the_move_in_is_registered_is_refused_naming_the_subject()
    {
        using var api = await ApiClientAsync(factory);
        var reference = NewReference();
        factory.PreApplications.Add(reference, Family("未登録"));
        var (_, opened) = await PostAsync(api, "/api/v1/counter/cases", MoveInReception(reference));

        var (status, problem) = await PostAsync(api, $"/api/v1/counter/cases/{opened.GetProperty("caseId").GetGuid()}/certificates", new { type = "resident-copy-household", copies = 1 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.StartsWith("対象者：", problem.GetProperty("errors").GetProperty("subject")[0].GetString(), StringComparison.Ordinal);
    }
}
