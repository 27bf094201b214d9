using System.Net;
using System.Text.RegularExpressions;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.Search;

public sealed class ResidentSearchPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Half_width_kana_finds_a_resident_registered_in_full_width_katakana()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町本町", "１番１号", RegisterSeed.Person("齋藤", "一郎", "サイトウ", "イチロウ"));
        using var browser = await Staff.ClerkAsync(factory);

        var html = await browser.PageAsync("/residents?name=" + Uri.EscapeDataString("ｻｲﾄｳ ｲﾁ"));

        Assert.Equal([ids[0].ToString()], Rows(html));
    }

    [Fact]
    public async Task Old_character_forms_in_the_register_are_found_by_their_common_form_and_shown_as_stored()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町本町", "２番１号", RegisterSeed.Person("渡邊", "髙志", "ワタナベ", "タカシ"));
        using var browser = await Staff.ClerkAsync(factory);

        var html = await browser.PageAsync("/residents?name=" + Uri.EscapeDataString("渡辺　高"));

        Assert.Equal([ids[0].ToString()], Rows(html));
        Assert.Contains("渡邊　髙志", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_of_birth_in_wareki_finds_the_same_people_as_in_seireki()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町本町", "３番１号", RegisterSeed.Person("鵜住居", "学", "ウノスマイ", "マナブ", dateOfBirth: "1955-04-01"));
        using var browser = await Staff.ClerkAsync(factory);

        var wareki = Rows(await browser.PageAsync("/residents?dateOfBirth=" + Uri.EscapeDataString("S30.4.1")));
        var seireki = Rows(await browser.PageAsync("/residents?dateOfBirth=" + Uri.EscapeDataString("１９５５－０４－０１")));

        Assert.Contains(ids[0].ToString(), wareki);
        Assert.Equal(seireki, wareki);
    }

    [Fact]
    public async Task A_wrong_date_is_named_and_nothing_is_searched()
    {
        using var browser = await Staff.ClerkAsync(factory);

        var html = await browser.PageAsync("/residents?dateOfBirth=" + Uri.EscapeDataString("令和99年13月1日"));

        Assert.Contains("生年月日：日付として読めません", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"search-results\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removed_records_appear_only_when_asked_for()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町本町", "４番１号", RegisterSeed.Person("吉里吉里", "忠", "キリキリ", "タダシ", dateOfBirth: "1940-01-01"));
        await RegisterSeed.RemoveAsync(factory, ids[0], new DateOnly(2026, 11, 21));
        using var browser = await Staff.ClerkAsync(factory);

        var plain = await browser.PageAsync("/residents?name=" + Uri.EscapeDataString("吉里吉里"));
        var withRemoved = await browser.PageAsync("/residents?includeRemoved=true&name=" + Uri.EscapeDataString("吉里吉里"));

        Assert.Empty(Rows(plain));
        Assert.Equal([ids[0].ToString()], Rows(withRemoved));
        Assert.Contains("除票", StaffBrowser.TextOf(withRemoved, "search-row"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_come_fifty_to_a_page_in_order_of_reading()
    {
        for (var household = 0; household < 6; household++)
        {
            var members = Enumerable.Range(0, 10).Select(i => RegisterSeed.Person(
                "頁", $"太{household}{i}", "ページ", Kana(household * 10 + i), relationship: i == 0 ? "世帯主" : "同居人")).Take(household == 5 ? 5 : 10).ToArray();
            await RegisterSeed.MoveInAsync(factory, "大槌町安渡", $"{household + 1}番地", members);
        }

        using var browser = await Staff.ClerkAsync(factory);

        var first = await browser.PageAsync("/residents?name=" + Uri.EscapeDataString("ページ"));
        var second = await browser.PageAsync("/residents?page=2&name=" + Uri.EscapeDataString("ページ"));

        Assert.Contains("55件", StaffBrowser.TextOf(first, "search-count"), StringComparison.Ordinal);
        Assert.Equal(50, Rows(first).Count);
        Assert.Equal(5, Rows(second).Count);
        Assert.Contains("data-testid=\"pager\"", first, StringComparison.Ordinal);
        var readings = Regex.Matches(first + second, "<small>ページ　(?<given>[^<]+)</small>").Select(m => m.Groups["given"].Value).ToList();
        Assert.Equal(readings.Order(StringComparer.Ordinal), readings);
    }

    [Fact]
    public async Task Every_search_is_audited_without_its_terms()
    {
        using var browser = await Staff.ClerkAsync(factory);

        await browser.PageAsync("/residents?name=" + Uri.EscapeDataString("監査対象外の氏名"));

        var events = await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi);
        var search = events.Last(e => e.Action == "residents.search");
        Assert.Equal("query", search.SubjectType);
        Assert.Contains("name", search.SubjectId, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => (e.SubjectId + e.Purpose).Contains("監査対象外", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_staff_member_without_register_access_cannot_search()
    {
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(RegisterSeed.Otsuchi, await StaffFixtures.CreateAsync(factory, Platform.Identity.StandardRole.Auditor), StaffFixtures.Password);

        using var response = await browser.GetAsync("/residents?name=a");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    internal static List<string> Rows(string html) =>
        [.. Regex.Matches(html, "data-testid=\"search-row\" data-resident=\"(?<id>[0-9a-f-]{36})\"").Select(m => m.Groups["id"].Value)];

    // Distinct katakana readings in a known order: ア..ン pairs.
    private static string Kana(int n) => $"{"アイウエオカキクケコサシスセソタチツテト"[n / 20 % 20]}{"アイウエオカキクケコサシスセソタチツテト"[n % 20]}";
}
