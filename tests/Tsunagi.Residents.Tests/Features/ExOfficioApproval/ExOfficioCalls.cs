using System.Net;
using System.Text.Json;
using Tsunagi.Residents.Features.ExOfficioCorrection;
using Tsunagi.Residents.Features.ExOfficioRemoval;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.ExOfficioApproval;

/// <summary>The ex-officio API as two system clients use it: the demo client prepares, a second client (with the approval scope) decides.</summary>
internal static class ExOfficioCalls
{
    public static ExOfficioCorrectionInput Correction(int version, string? reason = "戸籍の通知（氏の誤記）") => new()
    {
        Version = version,
        EffectiveOn = "2026-11-20",
        Reason = reason,
        Items = new RecordItemsInput { FamilyName = "高橋" },
    };

    public static ExOfficioRemovalInput Removal(int version) => new()
    {
        Version = version,
        EffectiveOn = "R8.11.20",
        Reason = "実態調査で居住の事実が確認できない",
    };

    public static Task<string> ApproverTokenAsync(TsunagiFactory factory, HttpClient client, string tenant = Otsuchi) =>
        ApiCalls.TokenAsync(factory, client, tenant, ResidentsPermissions.Read, ResidentsPermissions.Write, ResidentsPermissions.ExOfficioApprove);

    /// <summary>Posts a request (correction or removal) and returns the new request's id.</summary>
    public static async Task<Guid> RequestAsync(HttpClient client, string token, Guid resident, object input, string kind = "corrections")
    {
        using var response = await PostAsync(client, $"/api/v1/residents/{resident}/ex-officio-{kind}", token, input);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        return json.RootElement.GetProperty("requestId").GetGuid();
    }

    public static Task<HttpResponseMessage> ApproveAsync(HttpClient client, string token, Guid request, string? key = null) =>
        PostAsync(client, $"/api/v1/ex-officio-requests/{request}/approve", token, new { }, key);

    public static Task<HttpResponseMessage> RejectAsync(HttpClient client, string token, Guid request, string? reason) =>
        PostAsync(client, $"/api/v1/ex-officio-requests/{request}/reject", token, new { reason });

    public static async Task<JsonDocument> PendingAsync(HttpClient client, string token)
    {
        var (status, json, text) = await ApiCalls.GetAsync(client, token, "/api/v1/ex-officio-requests?status=pending");
        Assert.True(status == HttpStatusCode.OK, text);
        return json;
    }
}
