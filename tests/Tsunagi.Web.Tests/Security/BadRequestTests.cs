using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

[Collection(SignInSecurityCollection.Name)]
public sealed class BadRequestTests(TsunagiFactory factory)
{
    private const string Rejected = "送信を受け付けられませんでした。画面の有効期限が切れたか、正しくない送信です。ページを開き直してもう一度操作してください。何も保存されていません。";

    public static TheoryData<string> Tokens() => new() { "none", "CfDJ8-not-a-real-token", "other-browser" };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task A_login_post_without_a_valid_antiforgery_token_is_rejected_with_a_Japanese_page_and_writes_nothing(string token)
    {
        using var browser = new StaffBrowser(factory);
        await browser.PageAsync("/account/login");
        if (token == "other-browser")
        {
            using var other = new StaffBrowser(factory);
            token = StaffBrowser.AntiforgeryToken(await other.PageAsync("/account/login"));
        }

        var before = await AuditLog.CountAllAsync(factory);
        List<(string, string)> fields = [("_handler", "login"), ("Input.TenantId", "034614"), ("Input.UserName", "admin"), ("Input.Password", "wrong-password")];
        if (token != "none")
        {
            fields.Add(("__RequestVerificationToken", token));
        }

        using var response = await browser.PostAsync("/account/login", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Rejected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        Assert.Equal(before, await AuditLog.CountAllAsync(factory));
    }

    [Theory]
    [InlineData(1_100_000)] // more than the 1 MB body limit
    [InlineData(100_000)] // within it, but more than the 64 KB a form field may hold
    public async Task An_oversized_form_post_gets_413_with_a_clear_message_writes_nothing_and_the_server_keeps_serving(int passwordLength)
    {
        using var browser = new StaffBrowser(factory);
        var token = StaffBrowser.AntiforgeryToken(await browser.PageAsync("/account/login"));
        var before = await AuditLog.CountAllAsync(factory);

        using var response = await browser.PostAsync("/account/login", [("_handler", "login"), ("__RequestVerificationToken", token), ("Input.TenantId", "034614"), ("Input.UserName", "admin"), ("Input.Password", new string('x', passwordLength))]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("送信されたデータが大きすぎます（全体で 1 MB、1項目 64 KB まで）", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, await AuditLog.CountAllAsync(factory));
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        await browser.SignInAsync("034614", "clerk", "clerk-034614-demo");
        await browser.PageAsync("/");
    }

    [Fact]
    public async Task More_sign_in_attempts_than_the_limit_in_a_minute_from_one_address_get_429()
    {
        using var browser = new StaffBrowser(factory);
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            using var refused = await browser.LoginAsync("034614", "nobody-" + attempt, "wrong-password-1234");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        // Opening the page is not an attempt; the next attempt is refused before any password check.
        await browser.PageAsync("/account/login");
        using var limited = await browser.LoginAsync("034614", "clerk", "clerk-034614-demo");
        using var elsewhere = new StaffBrowser(factory);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.RetryAfter?.ToString());
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("1分ほど待ってから、もう一度お試しください。", await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await elsewhere.PageAsync("/account/login");
    }
}
