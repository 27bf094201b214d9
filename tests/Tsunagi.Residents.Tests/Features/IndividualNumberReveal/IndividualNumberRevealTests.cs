using System.Net;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Tests.Features.Search;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.IndividualNumberReveal;

public sealed class IndividualNumberRevealTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Number = "876543210989";

    [Fact]
    public async Task A_clerk_reveals_the_number_once_with_a_purpose_that_is_audited()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "９番地", RegisterSeed.Person("番号", "一", "バンゴウ", "ハジメ", individualNumber: Number));
        using var browser = await Staff.ClerkAsync(factory);
        var path = $"/residents/{ids[0]}/individual-number";

        var form = await browser.PageAsync(path);
        using var revealed = await browser.SubmitAsync(path, "reveal", ("Input.Purpose", "tax-and-benefits"), ("Input.PurposeNote", "児童手当"));
        var html = await revealed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain(Number, form, StringComparison.Ordinal);
        Assert.Equal(Number, StaffBrowser.TextOf(html, "individual-number"));
        Assert.Contains("no-store", revealed.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var reveal = Assert.Single(await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi), e => e.Action == "residents.individual-number.reveal" && e.SubjectId == ids[0].ToString());
        Assert.Equal("税・給付事務：児童手当", reveal.Purpose);
    }

    [Fact]
    public async Task Without_a_purpose_nothing_is_revealed_or_audited()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "１０番地", RegisterSeed.Person("無目的", "一", "ムモクテキ", "ハジメ", individualNumber: Number));
        using var browser = await Staff.ClerkAsync(factory);

        using var response = await browser.SubmitAsync($"/residents/{ids[0]}/individual-number", "reveal", ("Input.Purpose", "other"), ("Input.PurposeNote", " "));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("目的の詳細：「その他」を選んだ場合は目的を入力してください。", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain(Number, html, StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi), e => e.Action == "residents.individual-number.reveal" && e.SubjectId == ids[0].ToString());
    }

    [Fact]
    public async Task Staff_without_the_reveal_permission_are_refused()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "１１番地", RegisterSeed.Person("監査", "一", "カンサ", "ハジメ", individualNumber: Number));
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(RegisterSeed.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.Auditor), StaffFixtures.Password);

        using var response = await browser.GetAsync($"/residents/{ids[0]}/individual-number");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", StaffBrowser.RedirectPath(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_by_the_number_finds_the_person_through_the_blind_index()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "１２番地", RegisterSeed.Person("索引", "一", "サクイン", "ハジメ", individualNumber: "111111111118"));
        using var browser = await Staff.ClerkAsync(factory);

        using var response = await browser.SubmitAsync("/residents", "number-search", ("Input.IndividualNumber", "１１１１ １１１１ １１１８"));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal([ids[0].ToString()], ResidentSearchPageTests.Rows(html));
        Assert.DoesNotContain("111111111118", html, StringComparison.Ordinal);
    }
}
