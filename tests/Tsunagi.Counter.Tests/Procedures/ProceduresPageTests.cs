using System.Net;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Procedures;

public sealed class ProceduresPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Path = "/counter/procedures";

    [Fact]
    public async Task A_manager_sees_the_catalogue_in_force_and_the_link_to_change_it()
    {
        using var browser = await SignedInAsync(StandardRole.Administrator);

        var html = await browser.PageAsync(Path);

        Assert.Contains("国民健康保険の加入", StaffBrowser.TextOf(html, "catalogue"), StringComparison.Ordinal);
        Assert.Contains("href=\"/settings/counter.procedures/change\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trying_out_a_family_moving_in_shows_the_suggestions_with_their_reasons()
    {
        using var browser = await SignedInAsync(StandardRole.Administrator);

        using var response = await browser.SubmitAsync(Path, "procedure-tryout",
            ("Input.LifeEvent", "転入"), ("Input.EventDate", "令和8年6月15日"),
            ("Input.Members[0].Relationship", "世帯主"), ("Input.Members[0].DateOfBirth", "1986-01-20"), ("Input.Members[0].Insurance", "National"), ("Input.Members[0].Subject", "true"),
            ("Input.Members[1].Relationship", "長男"), ("Input.Members[1].DateOfBirth", "2018-05-20"), ("Input.Members[1].Insurance", "National"), ("Input.Members[1].Subject", "true"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var suggestions = StaffBrowser.TextOf(html, "suggestions");
        Assert.NotNull(suggestions);
        Assert.Contains("国民健康保険の加入", suggestions, StringComparison.Ordinal);
        Assert.Contains("長男（8歳）は学齢のため転入学通知書を交付", suggestions, StringComparison.Ordinal);
        Assert.DoesNotContain("後期高齢者医療の加入", suggestions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_is_refused_with_a_Japanese_message_at_the_field()
    {
        using var browser = await SignedInAsync(StandardRole.Administrator);

        using var response = await browser.SubmitAsync(Path, "procedure-tryout",
            ("Input.LifeEvent", "転入"), ("Input.EventDate", "2026-06-15"),
            ("Input.Members[0].Relationship", "世帯主"), ("Input.Members[0].DateOfBirth", "昭和九十九年"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"m0-dateOfBirth-error\"", html, StringComparison.Ordinal);
        Assert.Contains("生年月日：令和8年6月15日 または 2026-06-15 の形で入力してください。", html, StringComparison.Ordinal);
        Assert.Null(StaffBrowser.TextOf(html, "suggestions"));
    }

    [Fact]
    public async Task A_counter_clerk_cannot_open_the_managers_page()
    {
        using var browser = await SignedInAsync(StandardRole.CounterClerk);

        using var response = await browser.GetAsync(Path);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, response.StatusCode.ToString());
        Assert.NotEqual(Path, StaffBrowser.RedirectPath(response));
    }

    private async Task<StaffBrowser> SignedInAsync(StandardRole role)
    {
        var userName = await StaffFixtures.CreateAsync(factory, role);
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        if (role == StandardRole.Administrator)
        {
            var (key, _) = await SecondFactorSteps.StartAsync(browser);
            await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(key));
        }

        return browser;
    }
}
