using System.Net;
using System.Text.Json;
using Tsunagi.Certificates.Domain;
using static Tsunagi.Certificates.Tests.Features.Verification.VerificationIssuances;

namespace Tsunagi.Certificates.Tests.Features.Verification;

public sealed class VerificationApiTests(VerificationFactory factory) : IClassFixture<VerificationFactory>
{
    [Fact]
    public async Task A_valid_code_is_confirmed_without_a_token_and_without_personal_data()
    {
        var issuance = await AddAsync(factory, Otsuchi);

        using var response = await PublicRequests.Client(factory).GetAsync($"/api/v1/verify/{issuance.VerificationCode}", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal(Otsuchi, root.GetProperty("municipalityCode").GetString());
        Assert.Equal("岩手県大槌町", root.GetProperty("municipalityName").GetString());
        Assert.Equal("resident-copy-household", root.GetProperty("documentType").GetString());
        Assert.Equal("住民票の写し（世帯連記式）", root.GetProperty("documentTypeName").GetString());
        Assert.Equal("2026-11-20", root.GetProperty("issuedOn").GetString());
        Assert.Equal(issuance.Number, root.GetProperty("certificateNumber").GetString());
        Assert.Equal(issuance.ContentHash, root.GetProperty("contentHash").GetString());
        Assert.Equal("valid", root.GetProperty("status").GetString());
        Assert.DoesNotContain(ResidentFamilyName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(ResidentGivenName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("代理", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_code_answers_revoked()
    {
        var issuance = await AddAsync(factory, Otsuchi, status: IssuanceStatus.Voided, voidedAt: new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero));

        using var response = await PublicRequests.Client(factory).GetAsync($"/api/v1/verify/{issuance.VerificationCode}", TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("revoked", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("2026-11-21", json.RootElement.GetProperty("revokedOn").GetString());
    }

    [Fact]
    public async Task Unknown_and_malformed_codes_get_the_same_not_found_problem()
    {
        var client = PublicRequests.Client(factory);

        using var unknown = await client.GetAsync("/api/v1/verify/034614-0000-0000-0000-0000-0000", TestContext.Current.CancellationToken);
        using var malformed = await client.GetAsync("/api/v1/verify/034614-0000", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var unknownBody = await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(unknownBody, await malformed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var json = JsonDocument.Parse(unknownBody);
        Assert.Equal("該当する証明書は見つかりません。", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_code_is_looked_up_in_the_town_its_prefix_names_and_nowhere_else()
    {
        var noda = await AddAsync(factory, Noda);
        // A row in 大槌町 carrying 野田村's code (which issuance never writes) must stay invisible: only 野田村's table is read.
        var planted = await AddAsync(factory, Otsuchi, verificationCode: noda.VerificationCode);
        var nodaPrefixedOnlyInOtsuchi = await AddAsync(factory, Otsuchi, verificationCode: VerificationCode.Create(Noda));
        var client = PublicRequests.Client(factory);

        using var found = await client.GetAsync($"/api/v1/verify/{noda.VerificationCode.ToLowerInvariant()}", TestContext.Current.CancellationToken);
        using var notFound = await client.GetAsync($"/api/v1/verify/{nodaPrefixedOnlyInOtsuchi.VerificationCode}", TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await found.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Noda, json.RootElement.GetProperty("municipalityCode").GetString());
        Assert.Equal("岩手県野田村", json.RootElement.GetProperty("municipalityName").GetString());
        Assert.Equal(noda.ContentHash, json.RootElement.GetProperty("contentHash").GetString());
        Assert.NotEqual(planted.ContentHash, json.RootElement.GetProperty("contentHash").GetString());
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task The_endpoint_is_in_the_OpenAPI_document_without_a_security_requirement()
    {
        using var response = await PublicRequests.Client(factory).GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var operation = json.RootElement.GetProperty("paths").GetProperty("/api/v1/verify/{code}").GetProperty("get");
        Assert.False(operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0);
        Assert.True(operation.GetProperty("responses").TryGetProperty("404", out _));
    }
}
