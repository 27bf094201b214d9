using System.Net;
using System.Text.Json;
using Tsunagi.Residents.Contracts.Notifications;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Payment;

/// <summary>A move-in case carried through the register step, so certificates can be issued from it.</summary>
internal static class PaymentSteps
{
    public static async Task<Guid> MovedInCaseAsync(PaymentFactory factory, HttpClient api, string familyName)
    {
        var reference = NewReference();
        MoveInDraft draft = Family(familyName);
        factory.PreApplications.Add(reference, draft);
        var (status, opened) = await PostAsync(api, "/api/v1/counter/cases", MoveInReception(reference));
        Assert.Equal(HttpStatusCode.Created, status);
        var caseId = opened.GetProperty("caseId").GetGuid();
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        var stepId = StepOf(counterCase, "residents.move-in").GetProperty("id").GetGuid();
        var (moved, outcome) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/steps/{stepId}/move-in", draft);
        Assert.True(moved == HttpStatusCode.OK, outcome.ToString());
        return caseId;
    }

    public static async Task<JsonElement> IssueAsync(HttpClient api, Guid caseId, string type, int copies)
    {
        var (status, issued) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/certificates", new { type, copies }, Guid.CreateVersion7().ToString());
        Assert.True(status == HttpStatusCode.Created, issued.ToString());
        return issued;
    }
}
