using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tsunagi.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>The clerk at the one-stop counter, keyboard only: reception by the scanned reference, then the case page.</summary>
public sealed partial class CounterClerk(IPage page, Func<IPage, string, Task> scan)
{
    public IPage Page => page;

    /// <summary>Opens the case from the pre-application; returns the case page's address and the reception number.</summary>
    public async Task<(string CaseUrl, string ReceptionNumber)> ReceiveAsync(string reference, MovingFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        await page.GotoAsync("/counter/reception");
        await Expect(Heading()).ToHaveTextAsync("総合窓口の受付");
        await scan(page, "reception form");

        // A QR scanner is a keyboard: it types the reference into the focused field.
        await page.Locator("#preApplicationReference").FocusAsync();
        await page.Keyboard.InsertTextAsync(reference);
        await KeyboardNavigation.TabToAsync(page, page.GetByTestId("load-pre-application"), maxPresses: 2);
        await page.Keyboard.PressAsync("Enter");

        var members = page.GetByTestId("pre-application-members").GetByTestId("draft-member");
        await Expect(members).ToHaveCountAsync(family.Members.Count);
        foreach (var member in family.Members)
        {
            await Expect(page.GetByTestId("pre-application-members")).ToContainTextAsync(member.FamilyName + " " + member.GivenName);
        }

        await Expect(page.Locator("input[name='Input.LifeEvent']:checked + label")).ToHaveTextAsync("転入");
        await Expect(page.Locator("#person-new")).ToBeCheckedAsync();
        await scan(page, "reception with the pre-application");

        var document = page.Locator("#identityDocument");
        await document.FocusAsync();
        await KeyboardNavigation.ChooseWithArrowsAsync(page, document, "drivers-licence");
        await KeyboardNavigation.TabToAsync(page, page.Locator("#identityNumber"), maxPresses: 1);
        await page.Keyboard.InsertTextAsync("123456789012");
        await PressEnterOnAsync(page.GetByTestId("confirm-reception"));

        await Expect(page.GetByTestId("open-case")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("pre-application")).ToContainTextAsync(reference);
        await scan(page, "reception confirmation");
        await PressEnterOnAsync(page.GetByTestId("open-case"));

        await Expect(page).ToHaveURLAsync(CasePath());
        var number = (await page.GetByTestId("reception-number").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z]-[0-9]{3,}$", number);
        await Expect(Heading()).ToContainTextAsync(number);
        await Expect(page.GetByTestId("case-life-event")).ToHaveTextAsync("転入");
        await scan(page, "case page after reception");
        return (page.Url, number);
    }

    /// <summary>The procedures the case lists with the rules' reasons, as (code, name, reason).</summary>
    public async Task<IReadOnlyList<(string Code, string Name, string Reason)>> StepsAsync()
    {
        var rows = page.GetByTestId("step-row");
        await Expect(rows.First).ToBeVisibleAsync();
        var steps = new List<(string, string, string)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            steps.Add((await row.GetAttributeAsync("data-step-code") ?? string.Empty, (await row.Locator("th").InnerTextAsync()).Trim(), (await row.Locator("td").Nth(1).InnerTextAsync()).Trim()));
        }

        return steps;
    }

    public async Task CallAsync()
    {
        await PressEnterOnAsync(page.GetByTestId("call-case"));
        await Expect(page.GetByTestId("case-state")).ToHaveTextAsync("呼出中");
    }

    public async Task ServeAsync()
    {
        await PressEnterOnAsync(page.GetByTestId("serve-case"));
        await Expect(page.GetByTestId("case-state")).ToHaveTextAsync("対応中");
    }

    /// <summary>Writes the pre-applied 転入 to the register from the case (confirmation first); returns the registered names.</summary>
    public async Task<IReadOnlyList<string>> ExecuteMoveInAsync()
    {
        await PressEnterOnAsync(page.GetByTestId("execute-register-step"));
        await Expect(page.GetByTestId("confirm-panel")).ToBeVisibleAsync();
        await scan(page, "register step confirmation");
        await PressEnterOnAsync(page.GetByTestId("confirm-action"));
        await Expect(page.GetByTestId("action-done")).ToBeVisibleAsync();
        await Expect(StepRow("residents.move-in").GetByTestId("step-state")).ToHaveTextAsync("完了");
        var registered = page.GetByTestId("registered-residents").Locator("li");
        await Expect(registered).Not.ToHaveCountAsync(0);
        await scan(page, "case page after the register step");
        return await registered.AllInnerTextsAsync();
    }

    /// <summary>
    /// Every open step the department handles, as the department would: the procedures in <paramref name="completed"/>
    /// accepted then 完了, every other one 不要 with the reason given. Steps the platform executes are left alone.
    /// </summary>
    public async Task FinishOtherStepsAsync(IReadOnlySet<string> completed, Func<string, string> notNeededReason, IReadOnlySet<string> leave)
    {
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentNullException.ThrowIfNull(leave);
        ArgumentNullException.ThrowIfNull(notNeededReason);
        for (var guard = 0; guard < 60; guard++)
        {
            var row = await FirstOpenRowAsync(leave);
            if (row is null)
            {
                return;
            }

            var code = await row.GetAttributeAsync("data-step-code") ?? string.Empty;
            if (!completed.Contains(code))
            {
                await row.Locator("input[name='Action.Reason']").FocusAsync();
                await page.Keyboard.InsertTextAsync(notNeededReason(code));
                await ConfirmedMoveAsync(row.GetByTestId("step-not-needed"));
            }
            else if (await row.GetByTestId("step-completed").CountAsync() == 0)
            {
                await PressEnterOnAsync(row.GetByTestId("step-accepted"));
                await Expect(page.GetByTestId("action-done")).ToBeVisibleAsync();
            }
            else
            {
                await ConfirmedMoveAsync(row.GetByTestId("step-completed"));
            }
        }

        Assert.Fail("the steps were not all finished after 60 moves");
    }

    public async Task CloseAsync()
    {
        await Expect(page.GetByTestId("remaining-steps")).ToHaveCountAsync(0);
        await scan(page, "case page ready to close");
        await ConfirmedMoveAsync(page.GetByTestId("close-case"));
        await Expect(page.GetByTestId("case-state")).ToHaveTextAsync("完了");
    }

    public ILocator StepRow(string code) => page.Locator($"[data-testid='step-row'][data-step-code='{code}']");

    private async Task ConfirmedMoveAsync(ILocator button)
    {
        await PressEnterOnAsync(button);
        await Expect(page.GetByTestId("confirm-panel")).ToBeVisibleAsync();
        await PressEnterOnAsync(page.GetByTestId("confirm-action"));
        await Expect(page.GetByTestId("action-done")).ToBeVisibleAsync();
    }

    private async Task<ILocator?> FirstOpenRowAsync(IReadOnlySet<string> leave)
    {
        var rows = page.GetByTestId("step-row");
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            var state = (await row.GetByTestId("step-state").InnerTextAsync()).Trim();
            if (state is not ("完了" or "不要") && !leave.Contains(await row.GetAttributeAsync("data-step-code") ?? string.Empty))
            {
                return row;
            }
        }

        return null;
    }

    private ILocator Heading() => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private async Task PressEnterOnAsync(ILocator target)
    {
        await target.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    [GeneratedRegex("/counter/cases/[0-9a-f-]{36}$")]
    private static partial Regex CasePath();
}
