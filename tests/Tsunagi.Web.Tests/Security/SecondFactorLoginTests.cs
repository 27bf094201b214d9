using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

[Collection(SignInSecurityCollection.Name)]
public sealed class SecondFactorLoginTests(TsunagiFactory factory)
{
    [Fact]
    public async Task After_enrolment_the_password_alone_does_not_sign_in_and_a_real_code_does()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var member = await StaffFixtures.FindAsync(factory, userName);
        var (key, _) = await SecondFactorSteps.EnrolAsync(factory, userName);
        using var browser = new StaffBrowser(factory);

        await SecondFactorSteps.PasswordStepAsync(browser, userName);
        using (var notYet = await browser.GetAsync("/"))
        {
            Assert.Equal("/account/login?ReturnUrl=%2F", StaffBrowser.RedirectPath(notYet));
        }

        // Typed with full-width digits and a full-width space, as a Japanese IME may produce.
        var code = SecondFactorSteps.CodeFor(key);
        var typed = string.Concat(code[..3].Select(ToFullWidth)) + "\u3000" + string.Concat(code[3..].Select(ToFullWidth));
        using var response = await SecondFactorSteps.SecondStepAsync(browser, typed);

        Assert.Equal("/", StaffBrowser.RedirectPath(response));
        Assert.Equal("試験 職員", StaffBrowser.TextOf(await browser.PageAsync("/"), "staff-name"));
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.LoginTenant" && !c.Expired);
        var login = (await AuditLog.EventsAsync(factory, StaffFixtures.Otsuchi)).Last(e => e.SubjectId == member.Id.ToString());
        Assert.Equal(("staff.login.second-factor", AuditOutcome.Succeeded), (login.Action, login.Outcome));
    }

    [Fact]
    public async Task A_recovery_code_works_once_only()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var (_, codes) = await SecondFactorSteps.EnrolAsync(factory, userName);

        using (var first = new StaffBrowser(factory))
        {
            await SecondFactorSteps.PasswordStepAsync(first, userName);
            using var accepted = await SecondFactorSteps.SecondStepAsync(first, codes[3].ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
            Assert.Equal("/", StaffBrowser.RedirectPath(accepted));
        }

        using var second = new StaffBrowser(factory);
        await SecondFactorSteps.PasswordStepAsync(second, userName);
        using var reused = await SecondFactorSteps.SecondStepAsync(second, codes[3]);

        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        var html = await reused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("リカバリーコードが正しくないか、すでに使用されています。", StaffBrowser.TextOf(html, "code-error", "id"));
        Assert.DoesNotContain(second.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        Assert.Equal(9, await CountRecoveryCodesAsync(userName));
    }

    [Fact]
    public async Task Wrong_codes_at_the_second_step_count_toward_the_lockout()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var member = await StaffFixtures.FindAsync(factory, userName);
        var (key, codes) = await SecondFactorSteps.EnrolAsync(factory, userName);
        using var browser = new StaffBrowser(factory);
        await SecondFactorSteps.PasswordStepAsync(browser, userName);

        for (var attempt = 1; attempt < StaffIdentityRegistration.MaxFailedAccessAttempts; attempt++)
        {
            (await SecondFactorSteps.SecondStepAsync(browser, attempt % 2 == 0 ? "ZZZZZ-ZZZZZ" : SecondFactorSteps.WrongCodeFor(key))).Dispose();
        }

        using var fifth = await SecondFactorSteps.SecondStepAsync(browser, SecondFactorSteps.WrongCodeFor(key));
        using var right = await SecondFactorSteps.SecondStepAsync(browser, SecondFactorSteps.CodeFor(key));
        using var recovery = await SecondFactorSteps.SecondStepAsync(browser, codes[0]);

        foreach (var response in new[] { fifth, right, recovery })
        {
            var message = StaffBrowser.TextOf(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "login-error");
            Assert.StartsWith("ログインに続けて失敗したため、このアカウントは15分間ロックされています。", message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        Assert.Equal(10, await CountRecoveryCodesAsync(userName));
        var denied = (await AuditLog.EventsAsync(factory, StaffFixtures.Otsuchi)).Where(e => e.SubjectId == member.Id.ToString() && e.Outcome == AuditOutcome.Denied);
        Assert.Equal(3, denied.Count());
    }

    [Fact]
    public async Task The_second_step_without_a_valid_tenant_cookie_signs_nobody_in_and_writes_nothing()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var (key, _) = await SecondFactorSteps.EnrolAsync(factory, userName);
        using var browser = new StaffBrowser(factory);
        await SecondFactorSteps.PasswordStepAsync(browser, userName);
        var tenantCookie = browser.Cookies.GetAllCookies().Single(c => c.Name == "Tsunagi.LoginTenant");
        tenantCookie.Value = "035033";
        var before = await AuditLog.CountAllAsync(factory);

        var page = await browser.PageAsync("/account/login-2fa?returnUrl=%2F&tenant=034614");
        using var post = await browser.PostAsync("/account/login-2fa", [("_handler", "login-2fa"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(await browser.PageAsync("/account/login"))), ("Input.Code", SecondFactorSteps.CodeFor(key))]);

        Assert.Equal("ログイン手続きの有効期限が切れました。もう一度ログインしてください。", StaffBrowser.TextOf(page, "login-error"));
        // The expired page has no code form, so the post is refused as a stale form.
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("ページを開き直してもう一度操作してください。", await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(browser.Cookies.GetAllCookies(), c => c.Name == "Tsunagi.Staff");
        Assert.Equal(before, await AuditLog.CountAllAsync(factory));
    }

    private static char ToFullWidth(char digit) => (char)('０' + (digit - '0'));

    private Task<int> CountRecoveryCodesAsync(string userName) =>
        factory.Services.InTenantScopeAsync(StaffFixtures.Otsuchi, Platform.Tenancy.TenantKind.Municipality, async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffMember>>();
            return await users.CountRecoveryCodesAsync((await users.FindByNameAsync(userName))!);
        });
}
