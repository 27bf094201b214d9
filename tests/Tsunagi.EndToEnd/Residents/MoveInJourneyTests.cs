using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tsunagi.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Residents;

public sealed class MoveInJourneyTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_clerk_registers_a_family_moving_in_and_finds_it_again_by_a_half_width_kana_search()
    {
        var page = await OpenPageAsync(DemoLogins.Clerk);
        await page.GotoAsync("/residents/move-in");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("転入届");

        await page.Locator("#movedInOn").FillAsync("R7.4.1");
        await page.Locator("#previousAddress").FillAsync("宮城県気仙沼市八日町１丁目１番１号");
        await page.Locator("#address-postalCode").FillAsync("０２８－１１３１");
        await page.Locator("#address-locality").FillAsync("大槌町末広町");
        await page.Locator("#address-lot").FillAsync("３番５号");
        await FillPersonAsync(page, 0, "繋木", "一郎", "ツナギ", "イチロウ", "S50.5.5", "male", "世帯主");
        await FillPersonAsync(page, 1, "繋木", "和子", "ツナギ", "カズコ", "昭和52年7月7日", "female", "妻");
        await FillPersonAsync(page, 2, "繋木", "陽菜", "ツナギ", "ヒナ", "2016-02-29", "female", "子");

        await page.GetByTestId("confirm").ClickAsync();
        await Expect(page.GetByTestId("confirmation")).ToContainTextAsync("令和7年4月1日");
        await Expect(page.GetByTestId("late-warning")).ToBeVisibleAsync();
        await page.GetByTestId("commit").ClickAsync();
        await Expect(page.GetByTestId("move-in-done")).ToContainTextAsync("3人");

        await page.GotoAsync("/residents");
        await page.Locator("#name").FillAsync("ﾂﾅｷﾞ ｲﾁﾛｳ");
        await page.GetByTestId("search").ClickAsync();

        var rows = page.GetByTestId("search-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("繋木");
        await Expect(rows.First).ToContainTextAsync("ツナギ");
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/residents/[0-9a-f-]{36}"));
        await Expect(page.Locator("main")).ToContainTextAsync("大槌町末広町３番５号");
    }

    private static async Task FillPersonAsync(IPage page, int index, string family, string given, string familyKana, string givenKana, string born, string sex, string relationship)
    {
        var prefix = $"#members-{index}-";
        await page.Locator(prefix + "familyName").FillAsync(family);
        await page.Locator(prefix + "givenName").FillAsync(given);
        await page.Locator(prefix + "familyNameKana").FillAsync(familyKana);
        await page.Locator(prefix + "givenNameKana").FillAsync(givenKana);
        await page.Locator(prefix + "dateOfBirth").FillAsync(born);
        await page.Locator(prefix + "sex").SelectOptionAsync(sex);
        await page.Locator(prefix + "relationship").SelectOptionAsync(relationship);
    }
}
