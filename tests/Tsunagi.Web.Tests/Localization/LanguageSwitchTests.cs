using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Localization;

public sealed class LanguageSwitchTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task The_footer_link_switches_the_pages_to_English_and_back_to_Japanese()
    {
        using var browser = new StaffBrowser(factory);
        var japanese = await browser.PageAsync("/account/login");
        Assert.Contains("<html lang=\"ja\">", japanese, StringComparison.Ordinal);
        Assert.Contains("href=\"/culture/en?returnUrl=%2Faccount%2Flogin\"", japanese, StringComparison.Ordinal);

        using (var toEnglish = await browser.GetAsync("/culture/en?returnUrl=%2Faccount%2Flogin"))
        {
            Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
            Assert.Equal("/account/login", toEnglish.Headers.Location?.OriginalString);
        }

        var english = await browser.PageAsync("/account/login");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Sign in", english, StringComparison.Ordinal);

        using (await browser.GetAsync("/culture/ja-JP?returnUrl=%2Faccount%2Flogin"))
        {
        }

        Assert.Contains("ログイン", await browser.PageAsync("/account/login"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/culture/fr?returnUrl=%2F", HttpStatusCode.NotFound, null)]
    [InlineData("/culture/en?returnUrl=https%3A%2F%2Fevil.example%2F", HttpStatusCode.Redirect, "/")]
    public async Task Unknown_languages_and_foreign_return_addresses_are_refused(string path, HttpStatusCode status, string? location)
    {
        using var browser = new StaffBrowser(factory);
        using var response = await browser.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }
}
