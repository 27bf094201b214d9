using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tsunagi.Web.Tests.Api;

/// <summary>Signs a demo staff member in through the real login form and returns a client carrying the staff cookie.</summary>
internal static partial class StaffLogin
{
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string tenantId, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync("/account/login", ct);
        var token = AntiforgeryField().Match(page).Groups["token"].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.TenantId"] = tenantId,
            ["Input.UserName"] = userName,
            ["Input.Password"] = $"{userName}-{tenantId}-demo",
        });
        using var response = await client.PostAsync("/account/login", form, ct);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"login of {userName}@{tenantId} answered {response.StatusCode}");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"", RegexOptions.ExplicitCapture)]
    private static partial Regex AntiforgeryField();
}
