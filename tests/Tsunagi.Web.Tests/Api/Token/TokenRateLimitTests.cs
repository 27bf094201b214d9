using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Api.Token;

public sealed class TokenRateLimitTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Token_requests_beyond_the_public_rate_limit_get_429_problem_json()
    {
        var client = factory.CreateClient();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 80 && limited is null; i++)
        {
            var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", "no-such-client"), ("client_secret", "whatever-secret-1234"));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(limited.Headers.RetryAfter);
        }

        using var stillLimited = await TokenRequests.ForDemoClientAsync(client, "034614");
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLimited.StatusCode);
    }
}
