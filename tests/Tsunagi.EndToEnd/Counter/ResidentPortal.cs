using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>The resident's side on a phone: the portal of the town, sign-in by e-mail code, the move-in pre-application.</summary>
public sealed class ResidentPortal(IPage page, string municipality, Func<IPage, string, Task> scan)
{
    /// <summary>A phone-sized, touch context (390×844 CSS pixels, like a current smartphone) with no staff session.</summary>
    public static BrowserNewContextOptions PhoneContext(Uri baseAddress) => new()
    {
        BaseURL = baseAddress.ToString(),
        Locale = "ja-JP",
        TimezoneId = "Asia/Tokyo",
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 3,
        IsMobile = true,
        HasTouch = true,
    };

    public async Task SignInAsync(string email, Func<Task<string>> readCode)
    {
        ArgumentNullException.ThrowIfNull(readCode);
        await page.GotoAsync($"/portal/{municipality}");
        await Expect(page.GetByTestId("portal-town")).ToContainTextAsync("大槌町");
        await AssertFitsThePhoneAsync("portal landing");
        await scan(page, "portal landing");
        await page.GetByTestId("portal-start").TapAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("メールアドレスで本人確認");
        await scan(page, "portal sign-in");
        await page.Locator("#email").FillAsync(email);
        await page.GetByTestId("send-code").TapAsync();
        await Expect(page.GetByTestId("code-sent")).ToBeVisibleAsync();
        await scan(page, "portal code entry");

        await page.Locator("#code").FillAsync(await readCode());
        await page.GetByTestId("sign-in").TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/portal/{municipality}/applications$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("事前申請の一覧");
        await scan(page, "portal pre-applications");
    }

    /// <summary>Fills and submits the move-in pre-application; returns the reference shown with the QR code.</summary>
    public async Task<string> PreApplyMoveInAsync(MovingFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        await page.GetByRole(AriaRole.Link, new() { Name = "転入を事前申請する" }).TapAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("転入の事前申請");
        await AssertFitsThePhoneAsync("move-in form");
        await scan(page, "portal move-in form");

        await page.Locator("#movedInOn").FillAsync(family.MovedInOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#previousAddress").FillAsync(MovingFamily.PreviousAddress);
        await page.Locator("#postalCode").FillAsync(MovingFamily.PostalCode);
        await page.Locator("#locality").FillAsync(MovingFamily.Locality);
        await page.Locator("#lot").FillAsync(MovingFamily.Lot);
        for (var i = 0; i < family.Members.Count; i++)
        {
            await FillMemberAsync(i, family.Members[i]);
        }

        await page.GetByTestId("confirm").TapAsync();
        var members = page.GetByTestId("confirm-members").Locator("li");
        await Expect(members).ToHaveCountAsync(family.Members.Count);
        await Expect(page.GetByTestId("confirmation")).ToContainTextAsync(MovingFamily.Locality);
        await scan(page, "portal move-in confirmation");
        await page.GetByTestId("commit").TapAsync();

        await Expect(page.GetByTestId("submitted")).ToBeVisibleAsync();
        var reference = (await page.GetByTestId("reference").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z-]{6,}$", reference);
        var qr = page.GetByTestId("qr");
        await Expect(qr).ToBeVisibleAsync();
        await Expect(qr).ToHaveAttributeAsync("alt", $"参照番号 {reference} のQRコード");
        Assert.StartsWith("data:image/", await qr.GetAttributeAsync("src") ?? string.Empty, StringComparison.Ordinal);
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR code image did not decode");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("提出済");
        await AssertFitsThePhoneAsync("pre-application result");
        await scan(page, "portal pre-application result");
        return reference;
    }

    private async Task FillMemberAsync(int index, FamilyMember member)
    {
        var prefix = $"#m{index}-";
        await page.Locator(prefix + "familyName").FillAsync(member.FamilyName);
        await page.Locator(prefix + "givenName").FillAsync(member.GivenName);
        await page.Locator(prefix + "familyNameKana").FillAsync(member.FamilyNameKana);
        await page.Locator(prefix + "givenNameKana").FillAsync(member.GivenNameKana);
        await page.Locator(prefix + "dateOfBirth").FillAsync(member.DateOfBirthText);
        await page.Locator(prefix + "sex").SelectOptionAsync(member.Sex);
        await page.Locator(prefix + "relationship").SelectOptionAsync(member.Relationship);
    }

    // Phone-friendly: nothing wider than the screen (no sideways scrolling to reach a field).
    private async Task AssertFitsThePhoneAsync(string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the {what} page is {overflow} px wider than the phone's screen");
    }
}
