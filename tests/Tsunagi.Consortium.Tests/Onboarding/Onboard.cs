using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.Onboarding;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

/// <summary>What the operator of the demo consortium does, through the handlers, and what the invited administrator does, through the pages.</summary>
internal static class Onboard
{
    public const string Consortium = "sanriku";

    public const string AdminPassword = "invited-admin-password";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Task<OnboardingResult> RunAsync(TsunagiFactory factory, string code, string email = "admin@town.example.lg.jp") =>
        factory.Services.InTenantScopeAsync(Consortium, TenantKind.Consortium, sp =>
            sp.GetRequiredService<OnboardMunicipalityHandler>().HandleAsync(new OnboardMunicipalityCommand(code, email), Cancellation));

    public static async Task<OnboardedMunicipality> TownAsync(TsunagiFactory factory, string code)
    {
        var result = await RunAsync(factory, code);
        Assert.True(result.Municipality is not null, string.Join(" ", result.Errors.Values));
        return result.Municipality;
    }

    public static Task<bool> ActivateAsync(TsunagiFactory factory, string code) =>
        factory.Services.InTenantScopeAsync(Consortium, TenantKind.Consortium, sp =>
            sp.GetRequiredService<ActivateMunicipalityHandler>().HandleAsync(code, Cancellation));

    public static Task<MunicipalityStatus?> StatusAsync(TsunagiFactory factory, string code) =>
        factory.Services.InTenantScopeAsync(Consortium, TenantKind.Consortium, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
                db.Municipalities.Where(m => m.Code == code).Select(m => (MunicipalityStatus?)m.Status), Cancellation);
        });

    /// <summary>Accepts the invitation on its page; returns the answer (a redirect to the security page on success).</summary>
    public static Task<HttpResponseMessage> AcceptAsync(StaffBrowser browser, string path, string userName) =>
        browser.SubmitAsync(path, "invitation",
            ("Input.DisplayName", "招待 管理者"), ("Input.UserName", userName), ("Input.Password", AdminPassword), ("Input.PasswordConfirm", AdminPassword));

    /// <summary>Accepts and asserts the new administrator lands on the second-factor enrolment.</summary>
    public static async Task AcceptedAsync(StaffBrowser browser, string path, string userName)
    {
        using var response = await AcceptAsync(browser, path, userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/security", StaffBrowser.RedirectPath(response));
    }
}
