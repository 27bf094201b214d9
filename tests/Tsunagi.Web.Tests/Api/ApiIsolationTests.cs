using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Api;

/// <summary>A token is bound to its client's municipality: no path, query, header or cookie lets it read another.</summary>
public sealed class ApiIsolationTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Each_municipalitys_client_sees_only_its_own_audit_events_and_municipality()
    {
        var otsuchi = await SeedMarkerAsync("034614");
        var noda = await SeedMarkerAsync("035033");
        var client = factory.CreateClient();

        foreach (var (code, own, other) in new[] { ("034614", otsuchi, noda), ("035033", noda, otsuchi) })
        {
            var token = await TokenRequests.AccessTokenAsync(client, code);
            var (subjects, total) = await AllAuditSubjectsAsync(client, token);

            Assert.Contains(own, subjects);
            Assert.DoesNotContain(other, subjects);
            Assert.Equal((await DatabaseRows.AuditEventsAsync(factory.Services, code)).Count, total);
            Assert.Equal(total, subjects.Count);
            Assert.Equal(code, await MunicipalityCodeAsync(client, "/api/v1/municipality", token));
        }
    }

    [Theory]
    [InlineData("/api/v1/municipality?tenant=035033&code=035033&municipality=035033&tenant_id=035033")]
    [InlineData("/api/v1/municipality?tsunagi:tenant=035033")]
    public async Task Query_parameters_cannot_switch_the_tenant(string path)
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614");

        Assert.Equal("034614", await MunicipalityCodeAsync(client, path, token));
    }

    [Fact]
    public async Task Headers_paths_and_another_tenants_staff_cookie_cannot_switch_the_tenant()
    {
        var noda = await SeedMarkerAsync("035033");
        using var nodaAuditor = await StaffLogin.SignInAsync(factory, "035033", "auditor");
        var token = await TokenRequests.AccessTokenAsync(nodaAuditor, "034614");

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit-events?pageSize=100&tenant=035033"))
        {
            request.Headers.Authorization = new("Bearer", token);
            request.Headers.Add("X-Tenant-Id", "035033");
            request.Headers.Add("X-Municipality-Code", "035033");
            using var response = await nodaAuditor.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = await TokenRequests.JsonAsync(response);
            var subjects = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subjectId").GetString()).ToList();
            Assert.DoesNotContain(noda, subjects);
            Assert.Equal((await DatabaseRows.AuditEventsAsync(factory.Services, "034614")).Count, json.RootElement.GetProperty("totalCount").GetInt32());
        }

        using var byPath = await TokenRequests.GetAsync(nodaAuditor, "/api/v1/municipality/035033", token);
        Assert.Equal(HttpStatusCode.NotFound, byPath.StatusCode);
    }

    private async Task<string> SeedMarkerAsync(string tenantId)
    {
        var marker = $"marker-{tenantId}-{Guid.CreateVersion7():N}";
        await factory.Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, async sp =>
        {
            await sp.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry("test.marker", "marker", marker), TestContext.Current.CancellationToken);
            return true;
        });
        return marker;
    }

    private static async Task<(List<string> Subjects, int Total)> AllAuditSubjectsAsync(HttpClient client, string token)
    {
        var subjects = new List<string>();
        var total = 0;
        for (var page = 1; page == 1 || subjects.Count < total; page++)
        {
            using var response = await TokenRequests.GetAsync(client, $"/api/v1/audit-events?page={page}&pageSize=100", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = await TokenRequests.JsonAsync(response);
            total = json.RootElement.GetProperty("totalCount").GetInt32();
            var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                break;
            }

            subjects.AddRange(items.Select(i => i.GetProperty("subjectId").GetString()!));
        }

        return (subjects, total);
    }

    private static async Task<string?> MunicipalityCodeAsync(HttpClient client, string path, string token)
    {
        using var response = await TokenRequests.GetAsync(client, path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        return json.RootElement.GetProperty("code").GetString();
    }
}
