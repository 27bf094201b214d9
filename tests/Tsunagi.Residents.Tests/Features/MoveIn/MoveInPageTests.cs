using System.Net;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.MoveIn;

public sealed class MoveInPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static readonly (string Name, string Value)[] Family =
    [
        ("Input.Notification.MovedInOn", "R8.11.20"),
        ("Input.Notification.NotifiedOn", "２０２６－１１－２３"),
        ("Input.Notification.PreviousAddress", "宮城県仙台市青葉区本町３丁目８番１号"),
        ("Input.Notification.Address.PostalCode", "0281131"),
        ("Input.Notification.Address.Locality", "大槌町末広町"),
        ("Input.Notification.Address.Lot", "２番３号"),
        ("Input.Notification.Members[0].FamilyName", "山﨑"),
        ("Input.Notification.Members[0].GivenName", "健"),
        ("Input.Notification.Members[0].FamilyNameKana", "ヤマザキ"),
        ("Input.Notification.Members[0].GivenNameKana", "ケン"),
        ("Input.Notification.Members[0].DateOfBirth", "H2.3.4"),
        ("Input.Notification.Members[0].Sex", "male"),
        ("Input.Notification.Members[0].Relationship", "世帯主"),
        ("Input.Notification.Members[1].FamilyName", "山﨑"),
        ("Input.Notification.Members[1].GivenName", "さくら"),
        ("Input.Notification.Members[1].FamilyNameKana", "ヤマザキ"),
        ("Input.Notification.Members[1].GivenNameKana", "サクラ"),
        ("Input.Notification.Members[1].DateOfBirth", "2020-04-01"),
        ("Input.Notification.Members[1].Sex", "female"),
        ("Input.Notification.Members[1].Relationship", "子"),
    ];

    [Fact]
    public async Task A_clerk_enters_a_move_in_checks_the_confirmation_screen_and_registers_it_once()
    {
        using var browser = await SignedInClerkAsync();

        using var confirm = await browser.SubmitAsync("/residents/move-in", "move-in", [.. Family, ("Input.Token", "page-test-1"), ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("令和8年11月20日", confirmation, StringComparison.Ordinal);
        Assert.Contains("山﨑", confirmation, StringComparison.Ordinal);

        var token = StaffBrowser.AntiforgeryToken(confirmation);
        (string, string)[] commit = [("_handler", "move-in"), ("__RequestVerificationToken", token), .. Family, ("Input.Token", "page-test-1"), ("Input.Step", "commit")];
        using var done = await browser.PostAsync("/residents/move-in", commit);
        var result = await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"move-in-done\"", result, StringComparison.Ordinal);
        Assert.Contains("転入届を受け付けました（2人）", result, StringComparison.Ordinal);

        using var again = await browser.PostAsync("/residents/move-in", commit);
        var repeated = await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("転入届を受け付けました（2人）", repeated, StringComparison.Ordinal);
        Assert.Equal(ResidentLinks(result), ResidentLinks(repeated));
    }

    [Fact]
    public async Task A_form_with_mistakes_comes_back_with_each_field_named_and_registers_nothing()
    {
        using var browser = await SignedInClerkAsync();
        var wrong = Family.Select(f => f.Name.EndsWith("Members[1].DateOfBirth", StringComparison.Ordinal) ? (f.Name, "2030-01-01") : f).ToArray();

        using var response = await browser.SubmitAsync("/residents/move-in", "move-in", [.. wrong, ("Input.Token", "page-test-2"), ("Input.Step", "commit")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("生年月日（2人目）：未来の日付は指定できません。", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"move-in-done\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auditor_cannot_open_the_move_in_form()
    {
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.Auditor), StaffFixtures.Password);

        using var response = await browser.GetAsync("/residents/move-in");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<StaffBrowser> SignedInClerkAsync()
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk), StaffFixtures.Password);
        return browser;
    }

    private static List<string> ResidentLinks(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "href=\"/residents/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value)];
}
