using System.Net;
using Tsunagi.Testing;
using Tsunagi.Web.Api.Token;

namespace Tsunagi.Web.Tests.Api.Token;

public sealed class TokenKeyRingTests
{
    [Fact]
    public async Task A_token_survives_a_restart_is_accepted_by_another_node_on_the_same_key_ring_and_expires_after_its_lifetime()
    {
        var data = Path.Combine(Path.GetTempPath(), "tsunagi-tests", Guid.CreateVersion7().ToString("N"));
        try
        {
            string token;
            await using (var first = new SharedDataFactory(data))
            {
                await first.InitializeAsync();
                token = await TokenRequests.AccessTokenAsync(first.CreateClient(), "034614");
            }

            await using var restarted = new SharedDataFactory(data);
            await restarted.InitializeAsync();
            var client = restarted.CreateClient();
            using (var accepted = await TokenRequests.GetAsync(client, "/api/v1/municipality", token))
            {
                Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            }

            restarted.Time.Advance(TokenEndpoint.AccessTokenLifetime + TimeSpan.FromMinutes(1));
            using var expired = await TokenRequests.GetAsync(client, "/api/v1/municipality", token);
            Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
            Assert.Contains("invalid_token", expired.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            using var problem = await TokenRequests.JsonAsync(expired);
            Assert.Contains("有効期限", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
