using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts.Notifications;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Cases;

/// <summary>API clients with <c>counter.operate</c>, a family's move-in draft and JSON helpers for the case tests.</summary>
internal static class CaseFixtures
{
    public const string Otsuchi = StaffFixtures.Otsuchi;
    public const string Noda = "035033";
    private const string Secret = "test-secret-0123456789-abcdefghij";

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static string NewReference() => "PRE-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5));

    /// <summary>A family of four moving in (names unique per call so a test can look for them in public output).</summary>
    public static MoveInDraft Family(string familyName = "鈴木", string? movedInOn = "2026-11-20") => new(
        movedInOn,
        "宮城県仙台市青葉区本町三丁目8番1号",
        false,
        new AddressDraft("028-1121", "大槌町小鎚", "第32地割126番地", null),
        [
            new PersonDraft(familyName, "一郎", "スズキ", "イチロウ", "1988-04-02", "male", "世帯主"),
            new PersonDraft(familyName, "花子", "スズキ", "ハナコ", "1990-07-15", "female", "妻"),
            new PersonDraft(familyName, "翔", "スズキ", "ショウ", "2018-05-05", "male", "子"),
            new PersonDraft(familyName, "結衣", "スズキ", "ユイ", "2021-09-09", "female", "子"),
        ]);

    public static object MoveInReception(string? reference = null, string number = "AB12345678") => new
    {
        lifeEvent = "move-in",
        identityDocument = "drivers-licence",
        identityNumber = number,
        newResident = true,
        preApplicationReference = reference,
    };

    public static async Task<HttpClient> ApiClientAsync(TsunagiFactory factory, string tenant = Otsuchi)
    {
        var clientId = "counter-" + Guid.CreateVersion7().ToString("N");
        await factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, sp => sp.GetRequiredService<ApiClients>().CreateAsync(clientId, [CounterPermissions.Operate], Secret));
        var client = factory.CreateClient();
        using var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", Secret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>Opens a move-in case from a fresh pre-application of <paramref name="draft"/>; returns the case id and number.</summary>
    public static async Task<(Guid Id, string Number)> OpenMoveInAsync(CounterFactory factory, HttpClient api, MoveInDraft draft)
    {
        var reference = NewReference();
        factory.PreApplications.Add(reference, draft);
        var (status, opened) = await PostAsync(api, "/api/v1/counter/cases", MoveInReception(reference));
        Assert.Equal(HttpStatusCode.Created, status);
        return (opened.GetProperty("caseId").GetGuid(), opened.GetProperty("receptionNumber").GetString()!);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(HttpClient client, string path, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request, Cancellation);
        return (response.StatusCode, await JsonOf(response));
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancellation);
        return (response.StatusCode, await JsonOf(response));
    }

    public static JsonElement StepOf(JsonElement counterCase, string code) =>
        counterCase.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("procedureCode").GetString() == code);

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }
}
