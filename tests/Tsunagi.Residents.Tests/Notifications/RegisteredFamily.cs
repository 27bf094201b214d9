using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Notifications;
using Tsunagi.Residents.Tests.Features.MoveIn;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Notifications;

/// <summary>A family of three (head, wife, child) moved in through the API, and helpers to look at the register afterwards.</summary>
internal sealed record RegisteredFamily(Guid HouseholdId, Guid Head, Guid Wife, Guid Child)
{
    public const string Otsuchi = "034614";

    public static async Task<RegisteredFamily> MoveInAsync(TsunagiFactory factory, HttpClient client, string token, string tenant = Otsuchi, string movedInOn = "2026-10-01")
    {
        using var response = await MoveInRequests.PostAsync(client, token, MoveInRequests.Family(movedInOn: movedInOn, notifiedOn: movedInOn));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var ids = json.RootElement.GetProperty("residentIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
        return new RegisteredFamily(json.RootElement.GetProperty("householdId").GetGuid(), ids[0], ids[1], ids[2]);
    }

    public static ResidentVersionInput At(Guid id, int version) => new() { ResidentId = id.ToString(), Version = version };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, object input, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(input) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<T> InTenantAsync<T>(TsunagiFactory factory, Func<ResidentsDbContext, PlatformDbContext, Task<T>> work, string tenant = Otsuchi)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Resolve(tenant, TenantKind.Municipality);
        return await work(scope.ServiceProvider.GetRequiredService<ResidentsDbContext>(), scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    public static Task<int> VersionOfAsync(TsunagiFactory factory, Guid resident) =>
        InTenantAsync(factory, (db, _) => db.Residents.Where(r => r.Id == resident).Select(r => r.Version).SingleAsync());

    public Task<int> HouseholdVersionAsync(TsunagiFactory factory) =>
        InTenantAsync(factory, (db, _) => db.Households.Where(h => h.Id == HouseholdId).Select(h => h.Version).SingleAsync());

    /// <summary>Every change recorded for this family (to prove a refused notification wrote nothing).</summary>
    public Task<int> ChangeCountAsync(TsunagiFactory factory) =>
        InTenantAsync(factory, (db, _) => db.ResidencyChanges.CountAsync(c => c.ResidentId == Head || c.ResidentId == Wife || c.ResidentId == Child));

    public static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        using var json = await TokenRequests.JsonAsync(response);
        return json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }
}
