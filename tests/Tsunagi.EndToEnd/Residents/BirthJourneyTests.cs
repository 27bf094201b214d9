using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tsunagi.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Residents;

public sealed class BirthJourneyTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_clerk_registers_a_birth_by_keyboard_from_the_parents_record_and_sees_the_child_on_its_detail_page()
    {
        var page = await OpenPageAsync(DemoLogins.Clerk);
        var headUrl = await MoveInParentAsync(page);
        var bornOn = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await page.GotoAsync(headUrl);
        var birthLink = page.GetByTestId("notify-birth");
        await birthLink.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("出生届");
        await Expect(page.Locator("#child-familyName")).ToHaveValueAsync("結城");

        await page.Locator("#child-familyName").FocusAsync();
        await TypeInAsync(page, "#child-givenName", "陽葵");
        await TypeInAsync(page, "#child-givenNameKana", "ヒマリ");
        await TypeInAsync(page, "#child-dateOfBirth", bornOn);
        var sex = page.Locator("#child-sex");
        await KeyboardNavigation.TabToAsync(page, sex, maxPresses: 1);
        await KeyboardNavigation.ChooseWithArrowsAsync(page, sex, "female");
        await KeyboardNavigation.TabToAsync(page, page.GetByTestId("confirm"), maxPresses: 10);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("confirmation")).ToContainTextAsync("結城　陽葵");
        await page.GetByRole(AriaRole.Button, new() { Name = "修正する" }).FocusAsync();
        await KeyboardNavigation.TabToAsync(page, page.GetByTestId("commit"), maxPresses: 1);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("birth-done")).ToBeVisibleAsync();
        await page.GetByTestId("child-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/residents/[0-9a-f-]{36}$"));
        await Expect(page.Locator("main")).ToContainTextAsync("結城　陽葵");
        await Expect(page.Locator("main")).ToContainTextAsync("出生");
        await Expect(page.Locator("main")).ToContainTextAsync("小鎚１番地");
    }

    private static async Task TypeInAsync(IPage page, string selector, string text)
    {
        await KeyboardNavigation.TabToAsync(page, page.Locator(selector), maxPresses: 3);
        await page.Keyboard.InsertTextAsync(text);
    }

    // The parent moves in through the move-in page, the 町字 filled by 「住所を補完」 from the postal code.
    private static async Task<string> MoveInParentAsync(IPage page)
    {
        await page.GotoAsync("/residents/move-in");
        await page.Locator("#movedInOn").FillAsync("R7.4.1");
        await page.Locator("#notifiedOn").FillAsync("R7.4.1");
        await page.Locator("#previousAddress").FillAsync("岩手県釜石市只越町３丁目９番１３号");
        await page.Locator("#address-postalCode").FillAsync("0281121");
        await page.Locator("#address-lot").FillAsync("１番地");
        await page.GetByTestId("complete-address").ClickAsync();
        await Expect(page.Locator("#address-locality")).ToHaveValueAsync("小鎚");
        await Expect(page.GetByTestId("address-completed")).ToContainTextAsync("大槌町");

        await page.Locator("#members-0-familyName").FillAsync("結城");
        await page.Locator("#members-0-givenName").FillAsync("美咲");
        await page.Locator("#members-0-familyNameKana").FillAsync("ユウキ");
        await page.Locator("#members-0-givenNameKana").FillAsync("ミサキ");
        await page.Locator("#members-0-dateOfBirth").FillAsync("H5.6.1");
        await page.Locator("#members-0-sex").SelectOptionAsync("female");
        await page.Locator("#members-0-relationship").SelectOptionAsync("世帯主");
        await page.GetByTestId("confirm").ClickAsync();
        await page.GetByTestId("commit").ClickAsync();
        await Expect(page.GetByTestId("move-in-done")).ToBeVisibleAsync();

        var head = page.GetByTestId("registered").GetByRole(AriaRole.Link).First;
        return await head.GetAttributeAsync("href") ?? throw new InvalidOperationException("no link to the registered resident");
    }
}
