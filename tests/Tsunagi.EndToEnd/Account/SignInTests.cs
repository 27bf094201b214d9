using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tsunagi.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Account;

public sealed class SignInTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Clerk_signs_in_and_out_with_the_keyboard_alone_and_sees_the_town_and_their_name_in_the_header()
    {
        var page = await OpenPageAsync();
        await LoginForm.OpenAsync(page);

        // The first Tab stop is the skip link, which shows itself when focused.
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "本文へ移動" });
        await KeyboardNavigation.TabToAsync(page, skipLink, maxPresses: 1);

        var tenant = LoginForm.Tenant(page);
        await KeyboardNavigation.TabToAsync(page, tenant);
        await KeyboardNavigation.ChooseWithArrowsAsync(page, tenant, DemoLogins.Clerk.TenantId);
        await KeyboardNavigation.TabToAsync(page, LoginForm.UserName(page), maxPresses: 1);
        await page.Keyboard.TypeAsync(DemoLogins.Clerk.UserName);
        await KeyboardNavigation.TabToAsync(page, LoginForm.Password(page), maxPresses: 1);
        await page.Keyboard.TypeAsync(DemoLogins.Clerk.Password);
        await KeyboardNavigation.TabToAsync(page, LoginForm.Submit(page), maxPresses: 1);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"^https?://[^/]+/$"));
        var header = page.GetByRole(AriaRole.Banner);
        await Expect(header.GetByTestId("tenant-name")).ToHaveTextAsync("岩手県大槌町");
        await Expect(header.GetByTestId("staff-name")).ToHaveTextAsync("窓口 花子（デモ）");

        var logout = header.GetByRole(AriaRole.Button, new() { Name = "ログアウト" });
        await KeyboardNavigation.TabToAsync(page, logout);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"^https?://[^/]+/account/login(\?|$)"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("ログアウトしました。");
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=", RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task Wrong_password_shows_the_Japanese_error_next_to_the_form_and_signs_no_one_in()
    {
        var page = await OpenPageAsync();
        await LoginForm.OpenAsync(page);

        // Another town's clerk, so the failed attempt counts against no account the other tests use.
        await LoginForm.SubmitAsync(page, "035033", "clerk", "not-the-password");

        var form = page.Locator("form").Filter(new() { Has = LoginForm.Password(page) });
        var panel = page.Locator("section").Filter(new() { Has = form });
        var alert = panel.GetByRole(AriaRole.Alert);
        await Expect(alert).ToHaveTextAsync("団体、ログインID、またはパスワードが正しくありません。");
        var alertBox = await alert.BoundingBoxAsync();
        var formBox = await form.BoundingBoxAsync();
        Assert.NotNull(alertBox);
        Assert.NotNull(formBox);
        var gap = formBox.Y - (alertBox.Y + alertBox.Height);
        Assert.InRange(gap, 0, 48);

        Assert.Equal(LoginForm.Path, new Uri(page.Url).AbsolutePath);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "Tsunagi.Staff");
        await Expect(LoginForm.Tenant(page)).ToHaveValueAsync("035033");
        await Expect(LoginForm.UserName(page)).ToHaveValueAsync("clerk");
    }

    [Fact]
    public async Task Empty_login_form_names_each_missing_field_in_Japanese_next_to_it()
    {
        var page = await OpenPageAsync();
        await LoginForm.OpenAsync(page);
        await LoginForm.Submit(page).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("入力内容に誤りがあります。各項目のメッセージを確認してください。");
        (ILocator Field, string Message)[] expected =
        [
            (LoginForm.Tenant(page), "団体を選択してください。"),
            (LoginForm.UserName(page), "ログインIDを入力してください（100文字以内）。"),
            (LoginForm.Password(page), "パスワードを入力してください。"),
        ];
        foreach (var (field, message) in expected)
        {
            await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(field).ToHaveAccessibleDescriptionAsync(message);
        }

        var findings = await Fixture.Accessibility.FindingsAsync(page, "login with errors");
        Assert.True(findings.Count == 0, "axe found serious or critical violations:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }
}
