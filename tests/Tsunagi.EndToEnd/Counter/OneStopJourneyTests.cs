using Microsoft.Playwright;
using Tsunagi.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Tsunagi.EndToEnd.Counter;

/// <summary>
/// Issue 7's journey in Chromium: a family of four pre-applies a move-in on a phone, the clerk opens it by the QR
/// reference, the system suggests 国保加入, 児童手当 and 就学, the clerk completes the move-in and the certificates, the
/// resident pays once, and the lobby display moves the number to 完了. Each phase is timed (docs/benchmarks/counter.md).
/// </summary>
public sealed class OneStopJourneyTests(EndToEndFixture fixture) : BrowserTest(fixture)
{
    private const string Municipality = "034614";
    private const string Area = "A";

    // The procedures the departments complete in this visit; every other suggested step is marked 不要 with a reason.
    private static readonly HashSet<string> Completed = new(StringComparer.Ordinal) { "kokuho-kanyu", "jido-teate", "shugaku-tennyu", "kodomo-iryo" };
    private static readonly HashSet<string> ExecutedFromTheCase = new(StringComparer.Ordinal) { "residents.move-in", "shomei-juminhyo" };

    private readonly List<string> _axeFindings = [];

    // What the department writes when a suggested step is not done in this visit.
    private static string NotNeededReason(string code) => code switch
    {
        "jumin-tennyu" => "転入届は案件の登録手続（転入届）で完了",
        _ => "本人の申出により後日、担当課で手続",
    };
    private readonly ServiceTimes _times = new();

    [Fact]
    public async Task A_family_pre_applies_on_a_phone_and_the_counter_completes_the_move_in_with_one_payment_while_the_lobby_follows_the_number()
    {
        var family = MovingFamily.Today(TimeProvider.System, $"family-{Guid.CreateVersion7():N}@example.jp");
        var phone = await Fixture.Browser.NewContextAsync(ResidentPortal.PhoneContext(Fixture.Server.BaseAddress));
        phone.SetDefaultTimeout(15_000);
        try
        {
            var resident = new ResidentPortal(await phone.NewPageAsync(), Municipality, ScanAsync);
            var reference = await _times.MeasureAsync("pre-application", async () =>
            {
                await resident.SignInAsync(family.Email, () => MailDrop.SignInCodeForAsync(Fixture.Server.DataDirectory, family.Email));
                return await resident.PreApplyMoveInAsync(family);
            });

            var lobby = new LobbyDisplay(await OpenPageAsync());
            await lobby.OpenAsync(Municipality, Area);
            await ScanAsync(lobby.Page, "lobby display");

            var clerk = new CounterClerk(await OpenPageAsync(DemoLogins.Clerk), ScanAsync);
            var (caseUrl, number) = await _times.MeasureAsync("reception", () => clerk.ReceiveAsync(reference, family));
            await AssertSuggestionsAsync(clerk);
            await lobby.ExpectNumberUnderAsync(LobbyDisplay.Waiting, number);
            await lobby.AssertShowsNoneOfAsync(family.Names);

            await clerk.CallAsync();
            await lobby.ExpectNumberUnderAsync(LobbyDisplay.Called, number);
            await clerk.ServeAsync();
            await lobby.ExpectNumberUnderAsync(LobbyDisplay.InService, number);

            await _times.MeasureAsync("register step", async () =>
            {
                var registered = await clerk.ExecuteMoveInAsync();
                Assert.Equal(family.Members.Count, registered.Count);
            });

            var cashier = new CaseCashier(clerk.Page, ScanAsync);
            var documents = await _times.MeasureAsync("certificates", async () => new List<(string Number, long Fee)>
            {
                await cashier.IssueAsync(caseUrl, "resident-copy-household", "住民票の写し（世帯連記式）", copies: 1, family.Members.Count),
                await cashier.IssueAsync(caseUrl, "resident-copy-individual", "住民票の写し（個人票）", copies: 1, family.Members.Count),
            });
            Assert.Equal(2, documents.Select(d => d.Number).Distinct(StringComparer.Ordinal).Count());

            var (total, receipt) = await _times.MeasureAsync("payment", () => cashier.PayAsync(caseUrl, documents));
            Assert.True(total > 0, "the certificates cost nothing: the journey cannot show one payment");
            await cashier.AssertReceiptIsAPdfAsync(receipt);

            await clerk.Page.GotoAsync(caseUrl);
            await Expect(clerk.StepRow("shomei-juminhyo").First.GetByTestId("step-state")).ToHaveTextAsync("完了");
            await _times.MeasureAsync("department steps", () => clerk.FinishOtherStepsAsync(Completed, NotNeededReason, ExecutedFromTheCase));

            await _times.MeasureAsync("close", clerk.CloseAsync);
            await lobby.ExpectNumberUnderAsync(LobbyDisplay.Done, number);
            await lobby.AssertShowsNoneOfAsync(family.Names);
        }
        catch
        {
            await SaveScreenshotsAsync(phone);
            throw;
        }
        finally
        {
            await phone.CloseAsync();
            await ReportTimesAsync();
        }

        Assert.True(_axeFindings.Count == 0, "axe found serious or critical violations:" + Environment.NewLine + string.Join(Environment.NewLine, _axeFindings));
    }

    private static async Task AssertSuggestionsAsync(CounterClerk clerk)
    {
        var steps = await clerk.StepsAsync();
        var text = string.Join(Environment.NewLine, steps.Select(s => $"{s.Code} {s.Name}：{s.Reason}"));

        Assert.True(new[] { "kokuho-kanyu", "jido-teate", "shugaku-tennyu" }.All(c => steps.Count(s => s.Code == c) == 1), "suggested:" + Environment.NewLine + text);

        // One suggestion per procedure for the household; its reason names the members it applies to by 続柄 and age.
        var parents = new[] { "世帯主（35歳）", "妻（33歳）" };
        const string OlderChild = "子（8歳）";
        const string YoungerChild = "子（3歳）";

        // 国保加入 for all four (no employer's insurance declared at the counter).
        var insurance = Assert.Single(steps, s => s.Code == "kokuho-kanyu");
        Assert.Equal("国民健康保険の加入", insurance.Name);
        Assert.All(parents.Append(OlderChild).Append(YoungerChild), m => Assert.Contains(m, insurance.Reason, StringComparison.Ordinal));
        Assert.Contains("職場の健康保険に加入していないため", insurance.Reason, StringComparison.Ordinal);

        // 児童手当 for the two children (高校生年代まで), not for the parents.
        var allowance = Assert.Single(steps, s => s.Code == "jido-teate");
        Assert.Contains("児童手当", allowance.Name, StringComparison.Ordinal);
        Assert.Contains(OlderChild + "、" + YoungerChild + "は高校生年代までの児童", allowance.Reason, StringComparison.Ordinal);
        Assert.All(parents, p => Assert.DoesNotContain(p, allowance.Reason, StringComparison.Ordinal));

        // 就学 (転入学) for the child of 8 only: the child of 3 is not of school age.
        var school = Assert.Single(steps, s => s.Code == "shugaku-tennyu");
        Assert.Contains("転入学", school.Name, StringComparison.Ordinal);
        Assert.StartsWith(OlderChild + "は学齢のため", school.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(YoungerChild, school.Reason, StringComparison.Ordinal);
        Assert.Single(steps, s => s.Code == "residents.move-in");
    }

    private async Task ScanAsync(IPage page, string what) =>
        _axeFindings.AddRange(await Fixture.Accessibility.FindingsAsync(page, $"{what} ({page.Url})"));

    private async Task SaveScreenshotsAsync(IBrowserContext phone)
    {
        var index = 0;
        foreach (var page in phone.Pages.Where(p => !p.IsClosed))
        {
            var path = Path.Combine(Fixture.Layout.ResultsDirectory, $"failed-one-stop-phone-{index++}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {page.Url}: {path}");
        }
    }

    private async Task ReportTimesAsync()
    {
        TestContext.Current.TestOutputHelper?.WriteLine("service times (wall clock, browser side):" + Environment.NewLine + _times.Report());
        await _times.WriteAsync(Fixture.Layout.ResultsDirectory);
    }
}
