using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Testing;
using Tsunagi.Web.Demo;

namespace Tsunagi.Web.Tests.Security;

[Collection(SignInSecurityCollection.Name)]
public sealed class SecondFactorRequirementTests(TsunagiFactory factory)
{
    [Theory]
    [InlineData(StandardRole.Administrator, StaffFixtures.Otsuchi)]
    [InlineData(StandardRole.Operator, DemoConsortium.ConsortiumId)]
    public async Task A_real_administrator_or_operator_must_enrol_before_using_any_other_page(StandardRole role, string tenantId)
    {
        var userName = await StaffFixtures.CreateAsync(factory, role, tenantId);
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(tenantId, userName, StaffFixtures.Password);

        using (var home = await browser.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal("/account/security", StaffBrowser.RedirectPath(home));
        }

        var security = await browser.PageAsync("/account/security");
        Assert.Equal("管理者・運用事業者のアカウントでは2段階認証が必須です。設定が終わるまで、ほかの画面は利用できません。", StaffBrowser.TextOf(security, "second-factor-required"));
        await browser.PageAsync("/css/app.css");
        using (var live = await browser.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        var (key, _) = await SecondFactorSteps.StartAsync(browser);
        var enabled = await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(key));

        Assert.Null(StaffBrowser.TextOf(enabled, "second-factor-required"));
        await browser.PageAsync("/");
    }

    [Fact]
    public async Task A_session_started_before_the_administrator_role_was_granted_is_held_to_it_within_a_minute()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        await browser.PageAsync("/");

        await factory.Services.InTenantScopeAsync(StaffFixtures.Otsuchi, Platform.Tenancy.TenantKind.Municipality, async sp =>
        {
            var accounts = sp.GetRequiredService<StaffAccounts>();
            var role = await accounts.EnsureStandardRoleAsync(StaffFixtures.Otsuchi, StandardRole.Administrator);
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffMember>>();
            return await users.AddToRoleAsync((await users.FindByNameAsync(userName))!, role.Name!);
        });
        factory.Time.Advance(TimeSpan.FromMinutes(2));

        using var home = await browser.GetAsync("/");
        Assert.Equal("/account/security", StaffBrowser.RedirectPath(home));
    }

    [Theory]
    [InlineData("034614", "admin", "admin-034614-demo")]
    [InlineData(DemoConsortium.ConsortiumId, "operator", "operator-sanriku-demo")]
    public async Task Demo_administrators_and_operators_are_exempt(string tenantId, string userName, string password)
    {
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(tenantId, userName, password);

        var home = await browser.PageAsync("/");
        Assert.NotNull(StaffBrowser.TextOf(home, "staff-name"));
    }
}
