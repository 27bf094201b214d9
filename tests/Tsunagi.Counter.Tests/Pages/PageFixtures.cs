using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Tests.Cases;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Pages;

/// <summary>Signed-in staff browsers and the case page's forms, posted as the browser would (plain forms, form name case-action).</summary>
internal static partial class PageFixtures
{
    public static async Task<StaffBrowser> ClerkAsync(TsunagiFactory factory, string? userName = null)
    {
        userName ??= await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        return browser;
    }

    public static async Task<StaffBrowser> ManagerAsync(TsunagiFactory factory)
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.Administrator);
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        var (key, _) = await SecondFactorSteps.StartAsync(browser);
        await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(key));
        return browser;
    }

    /// <summary>Posts an action of the case page with the token and case version the page shows now.</summary>
    public static async Task<string> ActAsync(StaffBrowser browser, Guid caseId, params (string Name, string Value)[] fields)
    {
        var path = $"/counter/cases/{caseId}";
        var page = await browser.PageAsync(path);
        using var response = await browser.PostAsync(path, [("_handler", "case-action"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(page)), ("Action.Version", VersionOf(page).ToString(System.Globalization.CultureInfo.InvariantCulture)), .. fields]);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(CaseFixtures.Cancellation);
    }

    public static int VersionOf(string page) => int.Parse(VersionField().Match(page).Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);

    public static Task<int> CaseCountAsync(TsunagiFactory factory) =>
        factory.Services.InTenantScopeAsync(CaseFixtures.Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<CounterDbContext>().Cases.CountAsync(CaseFixtures.Cancellation));

    public static Task<string?> StepStateAsync(TsunagiFactory factory, Guid caseId, string code) =>
        factory.Services.InTenantScopeAsync(CaseFixtures.Otsuchi, TenantKind.Municipality, async sp =>
        {
            var counterCase = await sp.GetRequiredService<CounterDbContext>().Cases.AsNoTracking().FirstAsync(c => c.Id == caseId, CaseFixtures.Cancellation);
            return counterCase.Steps.FirstOrDefault(s => s.ProcedureCode == code)?.State.ToString();
        });

    public static Guid StepId(string page, string code) =>
        Guid.Parse(Regex.Match(page, $"""data-step-code="{Regex.Escape(code)}".*?name="Action.StepId" value="(?<id>[0-9a-f-]+)""", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Groups["id"].Value);

    [GeneratedRegex("""name="Action.Version" value="(?<v>\d+)""")]
    private static partial Regex VersionField();

}
