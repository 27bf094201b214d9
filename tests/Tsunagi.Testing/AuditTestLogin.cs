using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tsunagi.Testing;

/// <summary>
/// Signs demo staff in through the real login form (antiforgery token, <c>_handler=login</c>) and keeps one
/// cookie-carrying client per account, so a test class stays well inside the login rate limit.
/// </summary>
public sealed class AuditTestLogin(TsunagiFactory factory)
{
    private readonly ConcurrentDictionary<(string TenantId, string UserName), Lazy<Task<HttpClient>>> _clients = new();

    public static string DemoPassword(string tenantId, string userName) => $"{userName}-{tenantId}-demo";

    /// <summary>A client signed in as the demo account; redirects are not followed, so a refusal stays visible.</summary>
    public Task<HttpClient> AsAsync(string tenantId, string userName) =>
        _clients.GetOrAdd((tenantId, userName), key => new Lazy<Task<HttpClient>>(() => SignInAsync(key.TenantId, key.UserName))).Value;

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return new HtmlParser().ParseDocument(html);
    }

    private async Task<HttpClient> SignInAsync(string tenantId, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await GetPageAsync(client, "/account/login");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The login form carries no antiforgery token.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.TenantId"] = tenantId,
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoPassword(tenantId, userName),
        });
        var response = await client.PostAsync("/account/login", content, TestContext.Current.CancellationToken);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
        {
            throw new InvalidOperationException($"Signing in {userName} of {tenantId} answered {(int)response.StatusCode} instead of a redirect.");
        }

        return client;
    }
}
