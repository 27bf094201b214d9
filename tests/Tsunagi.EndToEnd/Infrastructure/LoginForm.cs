using Microsoft.Playwright;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>The staff login page, reached by its visible labels as a user would.</summary>
public static class LoginForm
{
    public const string Path = "/account/login";

    public static ILocator Tenant(IPage page) => page.GetByLabel("団体");

    public static ILocator UserName(IPage page) => page.GetByLabel("ログインID");

    public static ILocator Password(IPage page) => page.GetByLabel("パスワード");

    public static ILocator Submit(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "ログイン", Exact = true });

    public static async Task OpenAsync(IPage page) => await page.GotoAsync(Path);

    public static async Task SubmitAsync(IPage page, string tenantId, string userName, string password)
    {
        await Tenant(page).SelectOptionAsync(tenantId);
        await UserName(page).FillAsync(userName);
        await Password(page).FillAsync(password);
        await Submit(page).ClickAsync();
    }
}
