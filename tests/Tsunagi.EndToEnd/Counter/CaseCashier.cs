using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tsunagi.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>The certificates issued from the case and its one payment, keyboard only, as the clerk does them.</summary>
public sealed partial class CaseCashier(IPage page, Func<IPage, string, Task> scan)
{
    /// <summary>Issues one certificate from the case (type by its form value) after the 確認 step; returns its number and fee.</summary>
    public async Task<(string Number, long Fee)> IssueAsync(string caseUrl, string type, string typeName, int copies, int householdSize)
    {
        await page.GotoAsync(caseUrl + "/certificates");
        await Expect(Heading()).ToContainTextAsync("証明書の交付");
        await Expect(page.GetByTestId("case-subject").Locator("tbody tr")).ToHaveCountAsync(householdSize);
        await scan(page, "case certificates form");

        var choice = page.Locator($"#type-{type}");
        await choice.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(choice).ToBeCheckedAsync();
        await page.Locator("#copies").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(copies.ToString(CultureInfo.InvariantCulture));
        await KeyboardNavigation.TabToAsync(page, page.GetByTestId("issue-case-certificate"), maxPresses: 2);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("confirmation")).ToContainTextAsync(typeName);
        var fee = Yen(await page.GetByTestId("confirm-fee").InnerTextAsync());
        await scan(page, "case certificate confirmation");
        await PressEnterOnAsync(page.GetByTestId("confirm-issue"));

        await Expect(page.GetByTestId("case-certificate-issued")).ToBeVisibleAsync();
        var number = (await page.GetByTestId("certificate-number").InnerTextAsync()).Trim();
        Assert.NotEmpty(number);
        Assert.Equal(fee, Yen(await page.GetByTestId("certificate-fee").InnerTextAsync()));
        await scan(page, "case certificate issued");
        return (number, fee);
    }

    /// <summary>
    /// Takes the case's one payment: the total must be the sum of the bill's lines as the page lists them, and the one
    /// receipt must list every document. Returns the total collected and the receipt PDF's address.
    /// </summary>
    public async Task<(long Total, string ReceiptPdf)> PayAsync(string caseUrl, IReadOnlyList<(string Number, long Fee)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await page.GotoAsync(caseUrl + "/payment");
        await Expect(Heading()).ToContainTextAsync("お会計");
        var lines = page.GetByTestId("payment-line");
        await Expect(lines).ToHaveCountAsync(documents.Count);
        var amounts = (await page.GetByTestId("payment-line-amount").AllInnerTextsAsync()).Select(Yen).ToList();
        var total = Yen(await page.GetByTestId("payment-total").InnerTextAsync());
        Assert.Equal(amounts.Sum(), total);
        Assert.Equal(documents.Sum(d => d.Fee), total);
        foreach (var (number, _) in documents)
        {
            await Expect(page.GetByTestId("payment-lines")).ToContainTextAsync(number);
        }

        await scan(page, "case payment form");
        var tendered = (total / 1000 + 1) * 1000;
        await page.GetByTestId("tendered").FocusAsync();
        await page.Keyboard.InsertTextAsync(tendered.ToString(CultureInfo.InvariantCulture));
        await KeyboardNavigation.TabToAsync(page, page.GetByTestId("to-confirm-payment"), maxPresses: 2);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("confirm-payment")).ToBeVisibleAsync();
        Assert.Equal(tendered, Yen(await page.GetByTestId("confirm-tendered").InnerTextAsync()));
        Assert.Equal(tendered - total, Yen(await page.GetByTestId("confirm-change").InnerTextAsync()));
        await scan(page, "case payment confirmation");
        await PressEnterOnAsync(page.GetByTestId("commit-payment"));

        await Expect(page.GetByTestId("payment-done")).ToBeVisibleAsync();
        Assert.Equal(total, Yen(await page.GetByTestId("payment-total").InnerTextAsync()));
        Assert.Equal(tendered - total, Yen(await page.GetByTestId("change").InnerTextAsync()));
        await Expect(page.GetByTestId("payment-line")).ToHaveCountAsync(documents.Count);
        foreach (var (number, _) in documents)
        {
            await Expect(page.GetByTestId("payment-lines")).ToContainTextAsync(number);
        }

        await scan(page, "case payment done");
        var pdf = await page.GetByTestId("receipt-pdf").GetAttributeAsync("href") ?? throw new InvalidOperationException("no receipt link");
        return (total, pdf);
    }

    /// <summary>The receipt is a real PDF, fetched with the clerk's session.</summary>
    public async Task AssertReceiptIsAPdfAsync(string href)
    {
        var receipt = await page.Context.APIRequest.GetAsync(href);
        Assert.Equal(200, receipt.Status);
        Assert.StartsWith("application/pdf", receipt.Headers["content-type"], StringComparison.Ordinal);
        var body = await receipt.BodyAsync();
        Assert.Equal("%PDF-"u8.ToArray(), body[..5]);
        Assert.True(body.Length > 1000, $"the receipt PDF is only {body.Length} bytes");
    }

    // 「1,200円」 → 1200.
    private static long Yen(string text)
    {
        var digits = NotDigits().Replace(text, string.Empty);
        Assert.True(digits.Length > 0, $"no amount in 「{text}」");
        return long.Parse(digits, CultureInfo.InvariantCulture);
    }

    private ILocator Heading() => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private async Task PressEnterOnAsync(ILocator target)
    {
        await target.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    [GeneratedRegex("[^0-9]")]
    private static partial Regex NotDigits();
}
