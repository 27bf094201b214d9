using System.Net;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

[Collection(SignInSecurityCollection.Name)]
public sealed class LoginTests(TsunagiFactory factory)
{
    [Fact]
    public async Task Wrong_password_is_rejected_and_audited()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var member = await StaffFixtures.FindAsync(factory, userName);
        using var browser = new StaffBrowser(factory);

        using var response = await browser.LoginAsync(StaffFixtures.Otsuchi, userName, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("団体、ログインID、またはパスワードが正しくありません。", StaffBrowser.TextOf(html, "login-error"));
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        var failure = Assert.Single(await AuditLog.EventsAsync(factory, StaffFixtures.Otsuchi), e => e.SubjectId == member.Id.ToString() && e.Action == "staff.login");
        Assert.Equal(AuditOutcome.Failed, failure.Outcome);
        Assert.Equal(AuditActorKind.Anonymous, failure.ActorKind);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var member = await StaffFixtures.FindAsync(factory, userName);
        using var browser = new StaffBrowser(factory);

        string? lastMessage = null;
        for (var attempt = 1; attempt <= StaffIdentityRegistration.MaxFailedAccessAttempts; attempt++)
        {
            using var failed = await browser.LoginAsync(StaffFixtures.Otsuchi, userName, $"wrong-{attempt}");
            lastMessage = StaffBrowser.TextOf(await failed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "login-error");
        }

        using var right = await browser.LoginAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var message = StaffBrowser.TextOf(await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "login-error");
        Assert.StartsWith("ログインに続けて失敗したため、このアカウントは15分間ロックされています。", message, StringComparison.Ordinal);
        Assert.Equal(message, lastMessage);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        var events = (await AuditLog.EventsAsync(factory, StaffFixtures.Otsuchi)).Where(e => e.SubjectId == member.Id.ToString() && e.Action == "staff.login").ToList();
        Assert.Equal([AuditOutcome.Failed, AuditOutcome.Failed, AuditOutcome.Failed, AuditOutcome.Failed, AuditOutcome.Denied, AuditOutcome.Denied], events.Select(e => e.Outcome));
    }

    [Fact]
    public async Task The_right_password_signs_in_and_is_audited()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var member = await StaffFixtures.FindAsync(factory, userName);
        using var browser = new StaffBrowser(factory);

        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);

        var home = await browser.PageAsync("/");
        Assert.Equal("試験 職員", StaffBrowser.TextOf(home, "staff-name"));
        Assert.Contains(await AuditLog.EventsAsync(factory, StaffFixtures.Otsuchi), e => e.SubjectId == member.Id.ToString() && e.Action == "staff.login" && e.Outcome == AuditOutcome.Succeeded);
    }

    [Theory]
    [InlineData("131016", "選択された団体は登録されていません。一覧から選択してください。")]
    [InlineData("034615", "団体コードの検査数字が正しくありません。一覧から選択してください。")]
    [InlineData("sanriku' or '1'='1", "選択された団体は登録されていません。一覧から選択してください。")]
    [InlineData("", "団体を選択してください。")]
    public async Task A_forged_tenant_value_gets_a_field_error_and_writes_nothing(string tenantId, string expected)
    {
        using var browser = new StaffBrowser(factory);
        var before = await AuditLog.CountAllAsync(factory);

        using var response = await browser.LoginAsync(tenantId, "admin", "admin-034614-demo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(expected, StaffBrowser.TextOf(html, "tenant-error", "id"));
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        Assert.Equal(before, await AuditLog.CountAllAsync(factory));
    }
}
