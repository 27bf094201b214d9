using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>
/// The public lobby display (呼出し表示) of a counter area, opened once by an anonymous page and left open: it changes only
/// through its server push, so every wait here is Playwright's auto-wait on the live page, never a reload.
/// </summary>
public sealed class LobbyDisplay(IPage page)
{
    public const string Waiting = "lobby-waiting";
    public const string Called = "lobby-called";
    public const string InService = "lobby-in-service";
    public const string Done = "lobby-done";

    public IPage Page => page;

    public async Task OpenAsync(string municipality, string area)
    {
        await page.GotoAsync($"/lobby/{municipality}/{area}");
        await Expect(page.GetByTestId("lobby")).ToBeVisibleAsync();
        // The script marks the page once the first board came through the event stream.
        await Expect(page.GetByTestId("lobby")).ToHaveAttributeAsync("data-lobby-live", "true");
    }

    /// <summary>Waits until <paramref name="number"/> is listed under exactly the one section <paramref name="list"/>.</summary>
    public async Task ExpectNumberUnderAsync(string list, string number)
    {
        await Expect(Item(list, number)).ToHaveCountAsync(1);
        foreach (var other in new[] { Waiting, Called, InService, Done }.Where(l => l != list))
        {
            await Expect(Item(other, number)).ToHaveCountAsync(0);
        }
    }

    public async Task AssertShowsNoneOfAsync(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var shown = await page.Locator("body").InnerTextAsync();
        var title = await page.TitleAsync();
        foreach (var name in names)
        {
            Assert.DoesNotContain(name, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(name, title, StringComparison.Ordinal);
        }
    }

    private ILocator Item(string list, string number) =>
        page.GetByTestId(list).Locator("li").GetByText(number, new() { Exact = true });
}
