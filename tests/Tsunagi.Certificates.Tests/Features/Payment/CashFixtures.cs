using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.Features.Payment;

/// <summary>
/// Issuances written straight into the certificates tables (the issuance use case is another slice) and API clients
/// with the certificates scopes, for the cash-desk tests.
/// </summary>
internal static class CashFixtures
{
    public const string Otsuchi = StaffFixtures.Otsuchi;
    public static readonly DateOnly Today = new(2026, 11, 23);
    private const string Secret = "test-secret-0123456789-abcdefghij";

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A counter name no other test uses, so each test reads its own day at its own counter.</summary>
    public static string NewCounter() => "試験窓口 " + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));

    public static async Task<Guid> IssueAsync(
        TsunagiFactory factory, string counter, long feePerCopy, int copies = 1, CertificateType type = CertificateType.ResidentCopyHousehold,
        string? exemption = null, string tenant = Otsuchi, DateOnly? issuedOn = null)
    {
        var id = Guid.CreateVersion7();
        await factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<CertificatesDbContext>();
            db.Issuances.Add(new Issuance
            {
                TenantId = tenant,
                Id = id,
                Number = "T-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)),
                FiscalYear = 2026,
                Type = type,
                ResidentIds = [Guid.CreateVersion7()],
                RequesterType = exemption is null ? RequesterType.Self : RequesterType.Official,
                Copies = copies,
                FeePerCopy = exemption is null ? feePerCopy : 0,
                FeeTotal = exemption is null ? feePerCopy * copies : 0,
                FeeExemption = exemption,
                VerificationCode = VerificationCode.Create(tenant),
                ContentHash = new string('0', 64),
                PageCount = 1,
                IssuedOn = issuedOn ?? Today,
                IssuedAt = factory.Time.GetUtcNow(),
                IssuedBy = Guid.CreateVersion7(),
                Counter = counter,
            });
            await db.SaveChangesAsync(Cancellation);
            return true;
        });
        return id;
    }

    public static Task<T> ReadAsync<T>(TsunagiFactory factory, Func<CertificatesDbContext, Task<T>> read, string tenant = Otsuchi) =>
        factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, sp => read(sp.GetRequiredService<CertificatesDbContext>()));

    /// <summary>An HTTP client of a new API client of <paramref name="tenant"/> holding <paramref name="scopes"/>.</summary>
    public static async Task<HttpClient> ApiClientAsync(TsunagiFactory factory, string tenant, params string[] scopes)
    {
        var clientId = "cash-" + Guid.CreateVersion7().ToString("N");
        await factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, sp => sp.GetRequiredService<ApiClients>().CreateAsync(clientId, scopes, Secret));
        var client = factory.CreateClient();
        using var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", Secret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
        return client;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> PostAsync(HttpClient client, string path, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
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

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }
}
