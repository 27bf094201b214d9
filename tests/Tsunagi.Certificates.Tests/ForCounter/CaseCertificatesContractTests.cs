using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Contracts.Counter;
using Tsunagi.Certificates.Tests.Features.Issue;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.ForCounter;

public sealed class CaseCertificatesContractTests(IssueFactory factory) : IClassFixture<IssueFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issuing_for_a_case_applies_the_same_support_measure_refusal_as_the_issue_page()
    {
        var (householdId, members) = IssueRequests.Family(factory);
        factory.Register.Protect(members[1].ResidentId);
        var request = new CaseCertificateRequest(CertificateType.ResidentCopyHousehold, householdId, [], members[0].ResidentId, 1, null, null);

        var outcome = await InTownAsync(c => c.IssueAsync(request, Guid.CreateVersion7().ToString(), Cancellation));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.MessageJa.Contains("支援措置", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collecting_an_issuance_already_paid_is_refused()
    {
        var (householdId, members) = IssueRequests.Family(factory);
        var request = new CaseCertificateRequest(CertificateType.ResidentCopyHousehold, householdId, [], members[0].ResidentId, 1, null, null);
        var issued = await InTownAsync(c => c.IssueAsync(request, Guid.CreateVersion7().ToString(), Cancellation));
        Assert.True(issued.Succeeded, string.Join(" ", issued.Problems.Select(p => p.MessageEn)));
        var first = await InTownAsync(c => c.CollectAsync([issued.Issued!.IssuanceId], 1000, Guid.CreateVersion7().ToString(), Cancellation));
        Assert.True(first.Succeeded, string.Join(" ", first.Problems.Select(p => p.MessageEn)));

        var again = await InTownAsync(c => c.CollectAsync([issued.Issued!.IssuanceId], 1000, Guid.CreateVersion7().ToString(), Cancellation));

        Assert.False(again.Succeeded);
        Assert.NotEmpty(again.Problems);
    }

    private Task<T> InTownAsync<T>(Func<ICaseCertificates, Task<T>> call) =>
        factory.Services.InTenantScopeAsync(IssueFactory.Otsuchi, TenantKind.Municipality, sp => call(sp.GetRequiredService<ICaseCertificates>()));
}
