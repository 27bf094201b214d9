using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Portal;

public sealed partial class ResidentSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_right_code_signs_the_resident_in_and_opens_their_pre_applications()
    {
        using var resident = new ResidentBrowser(factory);

        await resident.SignInAsync("taro@example.jp");

        var html = await resident.Browser.PageAsync(resident.Root + "/applications");
        Assert.Contains("data-testid=\"apply-move-in\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_gives_no_session()
    {
        using var resident = new ResidentBrowser(factory);
        (await resident.RequestCodeAsync("wrong@example.jp")).Dispose();
        var right = await resident.LatestCodeAsync("wrong@example.jp");
        var wrong = right == "000000" ? "111111" : "000000";

        using var response = await resident.EnterCodeAsync("wrong@example.jp", wrong);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("確認コード：", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await AssertSignedOutAsync(resident);
    }

    [Fact]
    public async Task A_code_older_than_ten_minutes_is_refused()
    {
        using var resident = new ResidentBrowser(factory);
        // Issued ten minutes and a second ago (the shared clock is not moved: other hosted jobs run on it).
        await factory.Services.InTenantScopeAsync(PortalFactory.Otsuchi, TenantKind.Municipality, async sp =>
        {
            var key = await sp.GetRequiredService<ResidentIdentityKey>().ForEmailAsync("late@example.jp", TestContext.Current.CancellationToken);
            var code = ResidentSignInCode.Issue(key, "246810", factory.Time.GetUtcNow() - TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
            code.TenantId = PortalFactory.Otsuchi;
            var db = sp.GetRequiredService<PortalDbContext>();
            db.SignInCodes.Add(code);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        using var response = await resident.EnterCodeAsync("late@example.jp", "246810");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertSignedOutAsync(resident);
    }

    [Fact]
    public async Task A_used_code_cannot_sign_in_again()
    {
        using var first = new ResidentBrowser(factory);
        (await first.RequestCodeAsync("once@example.jp")).Dispose();
        var code = await first.LatestCodeAsync("once@example.jp");
        using (var ok = await first.EnterCodeAsync("once@example.jp", code))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        using var second = new ResidentBrowser(factory);
        using var again = await second.EnterCodeAsync("once@example.jp", code);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await AssertSignedOutAsync(second);
    }

    [Fact]
    public async Task After_five_wrong_attempts_even_the_right_code_is_refused()
    {
        using var resident = new ResidentBrowser(factory);
        (await resident.RequestCodeAsync("guess@example.jp")).Dispose();
        var right = await resident.LatestCodeAsync("guess@example.jp");
        for (var i = 0; i < 5; i++)
        {
            var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 1 + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            (await resident.EnterCodeAsync("guess@example.jp", wrong)).Dispose();
        }

        using var response = await resident.EnterCodeAsync("guess@example.jp", right);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertSignedOutAsync(resident);
    }

    [Fact]
    public async Task The_answer_to_a_code_request_is_the_same_for_any_address()
    {
        using var resident = new ResidentBrowser(factory);

        using var first = await resident.RequestCodeAsync("known@example.jp");
        using var second = await resident.RequestCodeAsync("never-seen@example.jp");

        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(
            Normalised(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "known@example.jp"),
            Normalised(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "never-seen@example.jp"));
    }

    [Fact]
    public async Task A_staff_session_gives_no_access_to_the_portal()
    {
        var clerk = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        using var staff = new ResidentBrowser(factory);
        await staff.Browser.SignInAsync(PortalFactory.Otsuchi, clerk, StaffFixtures.Password);

        using var response = await staff.Browser.GetAsync(staff.Root + "/applications");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(staff.Root + "/sign-in", StaffBrowser.RedirectPath(response));
    }

    [Fact]
    public async Task A_resident_session_gives_no_access_to_staff_pages_or_another_town()
    {
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("hanako@example.jp");

        using var staffPage = await resident.Browser.GetAsync("/residents/move-in");
        using var otherTown = await resident.Browser.GetAsync("/portal/" + PortalFactory.Noda + "/applications");

        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.StartsWith("/account/login", StaffBrowser.RedirectPath(staffPage), StringComparison.Ordinal);
        Assert.True(otherTown.StatusCode == HttpStatusCode.Redirect, "another town answered " + otherTown.StatusCode);
        Assert.Equal("/portal/" + PortalFactory.Noda + "/sign-in", StaffBrowser.RedirectPath(otherTown));
    }

    [Fact]
    public async Task Code_requests_over_the_limit_answer_429()
    {
        using var resident = new ResidentBrowser(factory);
        var token = StaffBrowser.AntiforgeryToken(await resident.Browser.PageAsync(resident.Root + "/sign-in"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await resident.Browser.PostAsync(resident.Root + "/sign-in", [("_handler", "portal-email"), ("__RequestVerificationToken", token), ("Email.Email", $"flood{i}@example.jp")]);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private static async Task AssertSignedOutAsync(ResidentBrowser resident)
    {
        using var response = await resident.Browser.GetAsync(resident.Root + "/applications");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(resident.Root + "/sign-in", StaffBrowser.RedirectPath(response));
    }

    private static string Normalised(string html, string email) =>
        TokenValue().Replace(html.Replace(email, "EMAIL", StringComparison.Ordinal), "TOKEN");

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="[^"]+"|value="[^"]+"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex TokenValue();
}
