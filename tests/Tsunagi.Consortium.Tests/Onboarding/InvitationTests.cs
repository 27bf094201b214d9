using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

public sealed class InvitationTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_invitation_works_once_and_the_second_use_is_refused_in_Japanese()
    {
        var town = await Onboard.TownAsync(factory, "033227");
        using var first = new StaffBrowser(factory);
        await Onboard.AcceptedAsync(first, town.InvitationPath, "yahaba-admin");

        using var second = new StaffBrowser(factory);
        var html = await second.PageAsync(town.InvitationPath);

        Assert.Equal("この招待リンクはすでに使用されています。招待リンクは1回だけ使えます。", StaffBrowser.TextOf(html, "invitation-error"));
        Assert.Null(StaffBrowser.TextOf(html, "accept"));
    }

    [Fact]
    public async Task An_invitation_opened_after_seven_days_is_refused_as_expired()
    {
        var town = await Onboard.TownAsync(factory, "033669");
        using var browser = new StaffBrowser(factory);
        var before = await browser.PageAsync(town.InvitationPath);

        factory.Time.Advance(TimeSpan.FromDays(7));
        var after = await browser.PageAsync(town.InvitationPath);

        Assert.NotNull(StaffBrowser.TextOf(before, "accept"));
        Assert.Equal("この招待リンクは有効期限が切れています。運用事業者に新しい招待を依頼してください。", StaffBrowser.TextOf(after, "invitation-error"));
    }

    [Theory]
    [InlineData("/account/invitation/nonsense")]
    [InlineData("/account/invitation/033812.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_link_that_is_no_invitation_is_refused_in_Japanese(string path)
    {
        using var browser = new StaffBrowser(factory);

        var html = await browser.PageAsync(path);

        Assert.StartsWith("この招待リンクは無効です。", StaffBrowser.TextOf(html, "invitation-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_confirmation_that_differs_is_refused_with_the_field_named_and_the_invitation_stays_usable()
    {
        var town = await Onboard.TownAsync(factory, "034029");
        using var browser = new StaffBrowser(factory);

        using var response = await browser.SubmitAsync(town.InvitationPath, "invitation",
            ("Input.DisplayName", "招待 管理者"), ("Input.UserName", "hiraizumi-admin"), ("Input.Password", Onboard.AdminPassword), ("Input.PasswordConfirm", "something-else-entirely"));
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("パスワード（確認）：パスワードと一致しません。", html, StringComparison.Ordinal);
        await Onboard.AcceptedAsync(browser, town.InvitationPath, "hiraizumi-admin");
    }

    [Fact]
    public async Task The_invited_administrator_must_enrol_an_authenticator_before_any_page_works()
    {
        var town = await Onboard.TownAsync(factory, "034410");
        using var admin = new StaffBrowser(factory);
        await Onboard.AcceptedAsync(admin, town.InvitationPath, "sumita-admin");
        Assert.True(await Onboard.ActivateAsync(factory, "034410"));

        using var beforeEnrolment = await admin.GetAsync("/");
        var security = await admin.PageAsync("/account/security");
        var (key, _) = await SecondFactorSteps.StartAsync(admin);
        await SecondFactorSteps.VerifyAsync(admin, SecondFactorSteps.CodeFor(key));
        using var afterEnrolment = await admin.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, beforeEnrolment.StatusCode);
        Assert.Equal("/account/security", StaffBrowser.RedirectPath(beforeEnrolment));
        Assert.NotNull(StaffBrowser.TextOf(security, "second-factor-required"));
        Assert.Equal(HttpStatusCode.OK, afterEnrolment.StatusCode);
    }

    [Fact]
    public async Task Signing_in_later_asks_for_the_authenticator_code()
    {
        var town = await Onboard.TownAsync(factory, "034827");
        using (var first = new StaffBrowser(factory))
        {
            await Onboard.AcceptedAsync(first, town.InvitationPath, "yamada-admin");
            var (key, _) = await SecondFactorSteps.StartAsync(first);
            await SecondFactorSteps.VerifyAsync(first, SecondFactorSteps.CodeFor(key));
        }

        Assert.True(await Onboard.ActivateAsync(factory, "034827"));
        using var later = new StaffBrowser(factory);
        using var response = await later.SubmitAsync("/account/login", "login",
            ("Input.TenantId", "034827"), ("Input.UserName", "yamada-admin"), ("Input.Password", Onboard.AdminPassword));

        Assert.Equal("/account/login-2fa?returnUrl=%2F", StaffBrowser.RedirectPath(response));
    }
}
