using System.Net;
using System.Text.Json;
using Tsunagi.Certificates.Domain;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Verification.VerificationIssuances;

namespace Tsunagi.Certificates.Tests.Features.Verification;

/// <summary>The anonymous lookup on PostgreSQL as the application role: it runs under row-level security in the code's town.</summary>
[Trait("Lane", "postgres")]
public sealed class PostgresVerificationTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task A_code_is_confirmed_from_its_own_town_under_row_level_security()
    {
        var noda = await AddAsync(factory, Noda);
        var planted = await AddAsync(factory, Otsuchi, verificationCode: noda.VerificationCode);
        var revoked = await AddAsync(factory, Otsuchi, status: IssuanceStatus.Voided, voidedAt: new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero));
        var client = PublicRequests.Client(factory);

        using var found = await client.GetAsync($"/api/v1/verify/{noda.VerificationCode}", TestContext.Current.CancellationToken);
        using var revokedAnswer = await client.GetAsync($"/api/v1/verify/{revoked.VerificationCode}", TestContext.Current.CancellationToken);
        var (pageResponse, _, page) = await PublicRequests.PageAsync(client, $"/m/{Noda}/verify/{noda.VerificationCode}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using var json = JsonDocument.Parse(await found.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(noda.ContentHash, json.RootElement.GetProperty("contentHash").GetString());
        Assert.NotEqual(planted.ContentHash, json.RootElement.GetProperty("contentHash").GetString());
        using var revokedJson = JsonDocument.Parse(await revokedAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("revoked", revokedJson.RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Equal(noda.Number, page.QuerySelector("[data-testid=verify-number]")?.TextContent);
        pageResponse.Dispose();
    }
}
