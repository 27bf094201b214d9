using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Tsunagi.Testing;

/// <summary>
/// One browser against the test host: its own cookies and its own client address (the login rate limit
/// is per address, so tests do not share a budget), no automatic redirects, and forms posted the way a
/// browser posts them, with the antiforgery token read from the page.
/// </summary>
public sealed partial class StaffBrowser : IDisposable
{
    private static int s_browsers;

    public StaffBrowser(TsunagiFactory factory)
    {
        var n = Interlocked.Increment(ref s_browsers);
        Address = new IPAddress([10, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
        var address = Address;
        var handler = new CookieContainerHandler(Cookies)
        {
            InnerHandler = factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address),
        };
        Client = new HttpClient(handler) { BaseAddress = factory.ClientOptions.BaseAddress };
        Client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public IPAddress Address { get; }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path, Cancellation);

    /// <summary>GETs a page that must answer 200 and returns its HTML.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    /// <summary>Opens <paramref name="path"/> and submits its form named <paramref name="formName"/> with the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, params (string Name, string Value)[] fields)
    {
        var token = AntiforgeryToken(await PageAsync(path));
        return await PostAsync(path, [("_handler", formName), ("__RequestVerificationToken", token), .. fields]);
    }

    /// <summary>Posts a form as is, without reading a token first (for crafted requests).</summary>
    public Task<HttpResponseMessage> PostAsync(string path, IEnumerable<(string Name, string Value)> fields) =>
        Client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))), Cancellation);

    /// <summary>Submits the login form; the answer is a redirect on success (or to the second step), the page with errors otherwise.</summary>
    public Task<HttpResponseMessage> LoginAsync(string tenantId, string userName, string password) =>
        SubmitAsync("/account/login", "login", ("Input.TenantId", tenantId), ("Input.UserName", userName), ("Input.Password", password));

    /// <summary>Logs in with a password only and asserts the sign-in succeeded.</summary>
    public async Task SignInAsync(string tenantId, string userName, string password)
    {
        using var response = await LoginAsync(tenantId, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", RedirectPath(response));
    }

    /// <summary>The local path and query a redirect points to (the host writes absolute or relative locations).</summary>
    public static string? RedirectPath(HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location)).PathAndQuery
            : null;

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>The decoded text inside the first element whose <paramref name="attribute"/> (data-testid unless told) is <paramref name="value"/>, or null.</summary>
    public static string? TextOf(string html, string value, string attribute = "data-testid")
    {
        var match = Regex.Match(html, $"""<(?<tag>\w+)[^>]*\b{attribute}="{Regex.Escape(value)}"[^>]*>(?<body>.*?)</\k<tag>>""", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return match.Success ? WebUtility.HtmlDecode(Tags().Replace(match.Groups["body"].Value, " ")).Trim() : null;
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"|value="(?<token>[^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
