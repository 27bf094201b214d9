using System.Net;
using Tsunagi.Counter.Tests.Cases;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Pages;

public sealed class ReceptionPageTests(CounterFactory factory) : IClassFixture<CounterFactory>
{
    private const string Path = "/counter/reception";

    [Fact]
    public async Task A_scanned_pre_application_loads_read_only_with_its_household()
    {
        using var browser = await PageFixtures.ClerkAsync(factory);
        var reference = NewReference();
        factory.PreApplications.Add(reference, Family("高橋"));

        using var response = await browser.SubmitAsync(Path, "counter-reception",
            ("Input.Step", "load"), ("Input.Reference", $"https://portal.example.jp/my/applications?reference={reference}"));
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var loaded = StaffBrowser.TextOf(html, "pre-application-members");
        Assert.NotNull(loaded);
        Assert.Contains("高橋 一郎", loaded, StringComparison.Ordinal);
        Assert.Contains("高橋 結衣", loaded, StringComparison.Ordinal);
        Assert.Matches("value=\"move-in\" checked", html);
    }

    [Fact]
    public async Task Reception_with_a_pre_application_opens_a_case_with_the_household_and_the_suggestions_and_a_repeat_opens_nothing_new()
    {
        using var browser = await PageFixtures.ClerkAsync(factory);
        var reference = NewReference();
        factory.PreApplications.Add(reference, Family("佐々木"));
        var page = await browser.PageAsync(Path);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"Input.Token\" value=\"(?<t>[^\"]+)\"").Groups["t"].Value;
        (string, string)[] fields =
        [
            ("_handler", "counter-reception"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(page)), ("Input.Token", token), ("Input.Step", "commit"),
            ("Input.Area", "A"), ("Input.LifeEvent", "move-in"), ("Input.Reference", reference),
            ("Input.IdentityDocument", "drivers-licence"), ("Input.IdentityNumber", "AB12345678"), ("Input.Person", "new"),
        ];

        using var opened = await browser.PostAsync(Path, fields);
        var casePath = StaffBrowser.RedirectPath(opened);
        var count = await PageFixtures.CaseCountAsync(factory);
        using var again = await browser.PostAsync(Path, fields);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.StartsWith("/counter/cases/", casePath, StringComparison.Ordinal);
        Assert.Equal(casePath, StaffBrowser.RedirectPath(again));
        Assert.Equal(count, await PageFixtures.CaseCountAsync(factory));
        var html = await browser.PageAsync(casePath!);
        Assert.Matches("^A-\\d{3}$", StaffBrowser.TextOf(html, "reception-number"));
        var steps = StaffBrowser.TextOf(html, "steps")!;
        Assert.Contains("転入届", steps, StringComparison.Ordinal);
        Assert.Contains("国民健康保険 加入", steps, StringComparison.Ordinal);
        Assert.Contains("児童手当 認定請求", steps, StringComparison.Ordinal);
        Assert.Contains("佐々木 翔", StaffBrowser.TextOf(html, "draft-members"), StringComparison.Ordinal);
        Assert.DoesNotContain("AB12345678", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_reference_is_refused_in_Japanese_at_the_field_and_opens_no_case()
    {
        using var browser = await PageFixtures.ClerkAsync(factory);
        var before = await PageFixtures.CaseCountAsync(factory);

        using var response = await browser.SubmitAsync(Path, "counter-reception",
            ("Input.Step", "commit"), ("Input.LifeEvent", "move-in"), ("Input.Reference", "PRE-UNKNOWN1"),
            ("Input.IdentityDocument", "drivers-licence"), ("Input.IdentityNumber", "AB12345678"), ("Input.Person", "new"));
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("事前申請の受付番号：見つかりません（期限切れ・受付済みを含む）。", StaffBrowser.TextOf(html, "form-errors"), StringComparison.Ordinal);
        Assert.Contains("href=\"#preApplicationReference\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"reference-hint preApplicationReference-error\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await PageFixtures.CaseCountAsync(factory));
    }

    [Fact]
    public async Task Missing_identity_check_is_refused_with_messages_naming_each_field()
    {
        using var browser = await PageFixtures.ClerkAsync(factory);

        using var response = await browser.SubmitAsync(Path, "counter-reception", ("Input.Step", "confirm"), ("Input.LifeEvent", "relocation"));
        var errors = StaffBrowser.TextOf(await response.Content.ReadAsStringAsync(Cancellation), "form-errors");

        Assert.Contains("本人確認書類：一覧から選択してください。", errors, StringComparison.Ordinal);
        Assert.Contains("本人確認書類の番号：英数字4〜30文字で入力してください。", errors, StringComparison.Ordinal);
        Assert.Contains("本人：", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resident_link_from_the_register_fills_in_the_person()
    {
        using var browser = await PageFixtures.ClerkAsync(factory);
        var resident = Guid.CreateVersion7();

        var html = await browser.PageAsync($"{Path}?resident={resident}");

        Assert.Contains($"value=\"{resident}\"", html, StringComparison.Ordinal);
        Assert.Matches("value=\"resident\" checked", html);
    }
}
