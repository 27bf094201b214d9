using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>
/// Signs each demo account in once per run through the real login form and hands out copies of its cookies,
/// so the tests stay fast and well inside the login rate limit (20 a minute per address).
/// </summary>
public sealed class StaffSessions(EndToEndFixture fixture)
{
    private readonly ConcurrentDictionary<DemoLogin, Lazy<Task<string>>> _states = new();

    /// <summary>Playwright storage state (cookies) of a signed-in session of <paramref name="login"/>.</summary>
    public Task<string> StorageStateAsync(DemoLogin login) =>
        _states.GetOrAdd(login, l => new Lazy<Task<string>>(() => SignInAsync(l))).Value;

    private async Task<string> SignInAsync(DemoLogin login)
    {
        var context = await fixture.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await LoginForm.OpenAsync(page);
            await LoginForm.SubmitAsync(page, login.TenantId, login.UserName, login.Password);
            // Polls the address (a wait for the navigation event can miss a redirect that completes first).
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"^https?://[^/]+/(?!account/login)"));
            if (await page.GetByTestId("staff-name").CountAsync() == 0)
            {
                throw new InvalidOperationException($"{login} could not sign in: landed on {page.Url} without a signed-in header.");
            }

            return await context.StorageStateAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
