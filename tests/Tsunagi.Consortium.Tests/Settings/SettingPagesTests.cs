using System.Net;
using System.Text.RegularExpressions;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Settings;

public sealed partial class SettingPagesTests(SettingsTestFactory factory) : IClassFixture<SettingsTestFactory>
{
    private const string Town = StaffFixtures.Otsuchi;
    private const string ChangePage = "/settings/test.retention/change";

    [Fact]
    public async Task An_administrator_requests_a_change_through_the_review_page_and_only_another_administrator_can_approve_it()
    {
        using var requester = await AdministratorAsync();
        (string, string)[] fields = [("step", "confirm"), ("effectiveFrom", "R12.4.1"), ("f.years", "１２"), ("f.note", "条例改正"), ("reason", "保存年限条例の改正")];

        var review = await HtmlAsync(await requester.SubmitAsync(ChangePage, "setting-change", fields));
        Assert.Contains("data-testid=\"setting-diff\"", review, StringComparison.Ordinal);
        Assert.Contains("data-changed=\"true\"", review, StringComparison.Ordinal);
        var submitted = await HtmlAsync(await requester.SubmitAsync(ChangePage, "setting-change", [.. fields.Where(f => f.Item1 != "step"), ("step", "submit")]));
        Assert.Contains("data-testid=\"change-requested\"", submitted, StringComparison.Ordinal);
        var requestPage = RequestLink().Match(submitted).Value;
        Assert.Equal(5, (await factory.ReadAsync(Town, new DateOnly(2030, 4, 1))).Years);

        var own = await HtmlAsync(await requester.SubmitAsync(requestPage, "setting-approve"));
        Assert.Contains("自分が申請した変更は承認・却下できません。", own, StringComparison.Ordinal);

        using var approver = await AdministratorAsync();
        Assert.Contains(requestPage, await approver.PageAsync("/settings/requests"), StringComparison.Ordinal);
        var approved = await HtmlAsync(await approver.SubmitAsync(requestPage, "setting-approve"));
        Assert.Contains("data-testid=\"decision-done\"", approved, StringComparison.Ordinal);
        Assert.Equal(12, (await factory.ReadAsync(Town, new DateOnly(2030, 4, 1))).Years);
        Assert.Equal(5, (await factory.ReadAsync(Town, new DateOnly(2030, 3, 31))).Years);
    }

    [Fact]
    public async Task A_bad_value_is_shown_with_the_field_named_and_a_post_without_the_antiforgery_token_is_refused()
    {
        using var admin = await AdministratorAsync();
        var before = (await factory.ReadAsync(Town, new DateOnly(2031, 4, 1))).Years;

        var refused = await HtmlAsync(await admin.SubmitAsync(ChangePage, "setting-change", ("step", "confirm"), ("effectiveFrom", "2031-04-01"), ("f.years", "0"), ("f.note", "x"), ("reason", "r")));
        using var forged = await admin.PostAsync(ChangePage, [("_handler", "setting-change"), ("step", "submit"), ("effectiveFrom", "2031-04-01"), ("f.years", "9"), ("f.note", "x"), ("reason", "r")]);

        Assert.Contains("保存年数：1から100までの整数を入力してください。", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"setting-diff\"", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, (await factory.ReadAsync(Town, new DateOnly(2031, 4, 1))).Years);
    }

    private async Task<StaffBrowser> AdministratorAsync()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.Administrator);
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(Town, userName, StaffFixtures.Password);
        var (key, _) = await SecondFactorSteps.StartAsync(browser);
        await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(key));
        return browser;
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
    }

    [GeneratedRegex("/settings/requests/[0-9a-f-]{36}")]
    private static partial Regex RequestLink();
}
