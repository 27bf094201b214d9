using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Addresses;

public sealed class PostalCodeLookupApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_postal_code_returns_its_localities_with_the_municipality()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614", "residents.read");

        using var response = await TokenRequests.GetAsync(client, "/api/v1/postal-codes/028-8201", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Equal("028-8201", json.RootElement.GetProperty("postalCode").GetString());
        var locality = Assert.Single(json.RootElement.GetProperty("localities").EnumerateArray());
        Assert.Equal("野田", locality.GetProperty("locality").GetString());
        Assert.Equal("035033", locality.GetProperty("municipalityCode").GetString());
        Assert.Equal("岩手県野田村", locality.GetProperty("municipalityName").GetString());
    }

    [Theory]
    [InlineData("12345", HttpStatusCode.BadRequest)]
    [InlineData("9999999", HttpStatusCode.NotFound)]
    public async Task A_malformed_or_unknown_code_is_a_problem_in_Japanese(string code, HttpStatusCode expected)
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614", "residents.read");

        using var response = await TokenRequests.GetAsync(client, "/api/v1/postal-codes/" + code, token);

        Assert.Equal(expected, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.StartsWith("郵便番号：", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Looking_up_needs_the_residents_read_scope()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614", "tenant.read");

        using var response = await TokenRequests.GetAsync(client, "/api/v1/postal-codes/0281121", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
