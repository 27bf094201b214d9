using System.Net;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

[Collection(SignInSecurityCollection.Name)]
public sealed class SecondFactorEnrolmentTests(TsunagiFactory factory)
{
    [Fact]
    public async Task Enrolment_shows_a_QR_code_and_key_and_turns_on_only_after_a_real_code()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var member = await StaffFixtures.FindAsync(factory, userName);
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        var before = await browser.PageAsync("/account/security");
        Assert.Equal("2段階認証は設定されていません。", StaffBrowser.TextOf(before, "second-factor-status"));
        Assert.Null(StaffBrowser.TextOf(before, "second-factor-required"));

        var (key, setup) = await SecondFactorSteps.StartAsync(browser);
        Assert.Matches("^[A-Z2-7]{32}$", key);
        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo", setup, StringComparison.Ordinal);

        var rejected = await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.WrongCodeFor(key));
        Assert.Equal("確認コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。", StaffBrowser.TextOf(rejected, "verify-code-error", "id"));
        Assert.Equal("2段階認証は設定されていません。", StaffBrowser.TextOf(rejected, "second-factor-status"));
        Assert.Empty(SecondFactorSteps.RecoveryCodesOn(rejected));

        var enabled = await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(key));
        Assert.Equal("2段階認証は有効です。", StaffBrowser.TextOf(enabled, "second-factor-status"));
        var codes = SecondFactorSteps.RecoveryCodesOn(enabled);
        Assert.Equal(10, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));

        // Shown once: the page does not show them again, only how many are left.
        var later = await browser.PageAsync("/account/security");
        Assert.Empty(SecondFactorSteps.RecoveryCodesOn(later));
        Assert.Equal("未使用のリカバリーコード: 10 個", StaffBrowser.TextOf(later, "recovery-codes-left"));
        Assert.True((await StaffFixtures.FindAsync(factory, userName)).TwoFactorEnabled);
        var audited = (await AuditLog.EventsAsync(factory, StaffFixtures.Otsuchi)).Where(e => e.SubjectId == member.Id.ToString()).Select(e => (e.Action, e.Outcome)).ToList();
        Assert.Contains(("staff.second-factor.key-issue", AuditOutcome.Succeeded), audited);
        Assert.Contains(("staff.second-factor.enable", AuditOutcome.Failed), audited);
        Assert.Contains(("staff.second-factor.enable", AuditOutcome.Succeeded), audited);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("abcdef")]
    public async Task A_malformed_verification_code_gets_a_field_error_and_changes_nothing(string code)
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        await SecondFactorSteps.StartAsync(browser);
        var before = await AuditLog.CountAllAsync(factory);

        var page = await SecondFactorSteps.VerifyAsync(browser, code);

        var expected = code.Length == 0 ? "確認コードを入力してください。" : "確認コードは6桁の数字で入力してください。";
        Assert.Equal(expected, StaffBrowser.TextOf(page, "verify-code-error", "id"));
        Assert.Equal(before, await AuditLog.CountAllAsync(factory));
        Assert.False((await StaffFixtures.FindAsync(factory, userName)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Regenerating_recovery_codes_asks_for_confirmation_and_replaces_the_old_ones()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var (_, oldCodes) = await SecondFactorSteps.EnrolAsync(factory, userName);
        using var browser = new StaffBrowser(factory);
        await SecondFactorSteps.PasswordStepAsync(browser, userName);
        using (var signedIn = await SecondFactorSteps.SecondStepAsync(browser, oldCodes[0]))
        {
            Assert.Equal("/", StaffBrowser.RedirectPath(signedIn));
        }

        var confirmation = await browser.PageAsync("/account/security?confirm=recovery-codes");
        Assert.Contains("今までのリカバリーコードはすべて使えなくなります", confirmation, StringComparison.Ordinal);
        Assert.Equal("未使用のリカバリーコード: 9 個", StaffBrowser.TextOf(confirmation, "recovery-codes-left"));
        using var regenerated = await browser.SubmitAsync("/account/security?confirm=recovery-codes", "recovery-codes");
        var newCodes = SecondFactorSteps.RecoveryCodesOn(await regenerated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes, StringComparer.Ordinal));
        using var other = new StaffBrowser(factory);
        await SecondFactorSteps.PasswordStepAsync(other, userName);
        using (var old = await SecondFactorSteps.SecondStepAsync(other, oldCodes[1]))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        using var fresh = await SecondFactorSteps.SecondStepAsync(other, newCodes[0]);
        Assert.Equal("/", StaffBrowser.RedirectPath(fresh));
    }

    [Fact]
    public async Task Changing_the_authenticator_app_invalidates_the_old_key_until_a_new_one_is_verified()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.Administrator);
        var (oldKey, _) = await SecondFactorSteps.EnrolAsync(factory, userName);
        using var browser = new StaffBrowser(factory);
        await SecondFactorSteps.PasswordStepAsync(browser, userName);
        (await SecondFactorSteps.SecondStepAsync(browser, SecondFactorSteps.CodeFor(oldKey))).Dispose();

        using var reset = await browser.SubmitAsync("/account/security?confirm=reset", "reset");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        using var home = await browser.GetAsync("/");
        Assert.Equal("/account/security", StaffBrowser.RedirectPath(home));

        var newKey = StaffBrowser.TextOf(await browser.PageAsync("/account/security"), "authenticator-key")!.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(oldKey, newKey);
        var stale = await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(oldKey));
        Assert.Equal("2段階認証は設定されていません。", StaffBrowser.TextOf(stale, "second-factor-status"));
        var enabled = await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(newKey));
        Assert.Equal("2段階認証は有効です。", StaffBrowser.TextOf(enabled, "second-factor-status"));
        await browser.PageAsync("/");
    }
}
