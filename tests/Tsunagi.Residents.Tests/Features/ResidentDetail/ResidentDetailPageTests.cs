using System.Net;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.ResidentDetail;

public sealed class ResidentDetailPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task The_detail_shows_the_record_household_and_history_with_the_number_masked_and_is_audited()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町小鎚", "１番地",
            RegisterSeed.Person("臼澤", "一", "ウスザワ", "ハジメ", dateOfBirth: "S50.1.2", individualNumber: "123456789018"),
            RegisterSeed.Person("臼澤", "恵", "ウスザワ", "メグミ", dateOfBirth: "S52.3.4", relationship: "妻", sex: "female"));
        using var browser = await Staff.ClerkAsync(factory);

        using var response = await browser.GetAsync($"/residents/{ids[0]}");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("臼澤　一", StaffBrowser.TextOf(html, "record-name"));
        Assert.Equal("昭和50年1月2日（1975-01-02）", StaffBrowser.TextOf(html, "record-dob"));
        Assert.Equal("********9018", StaffBrowser.TextOf(html, "masked-number"));
        Assert.DoesNotContain("123456789018", html, StringComparison.Ordinal);
        Assert.Contains("臼澤　恵", StaffBrowser.TextOf(html, "household-members"), StringComparison.Ordinal);
        var history = StaffBrowser.TextOf(html, "history-row");
        Assert.Contains("転入（届出）", history, StringComparison.Ordinal);
        Assert.Contains("令和8年11月20日", history, StringComparison.Ordinal);
        var audited = await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi);
        Assert.Contains(audited, e => e.Action == "residents.view" && e.SubjectId == ids[0].ToString());
    }

    [Fact]
    public async Task The_as_of_view_derives_the_record_from_history_and_says_when_the_person_was_not_yet_registered()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町大ケ口", "２番地", RegisterSeed.Person("釜石", "昭", "カマイシ", "アキラ"));
        await RegisterSeed.RemoveAsync(factory, ids[0], new DateOnly(2026, 11, 22));
        using var browser = await Staff.ClerkAsync(factory);

        var before = await browser.PageAsync($"/residents/{ids[0]}?asOf=R8.11.19");
        var during = await browser.PageAsync($"/residents/{ids[0]}?asOf=" + Uri.EscapeDataString("令和8年11月21日"));
        var now = await browser.PageAsync($"/residents/{ids[0]}");

        Assert.Contains("data-testid=\"not-registered-on-date\"", before, StringComparison.Ordinal);
        Assert.Equal("釜石　昭", StaffBrowser.TextOf(during, "record-name"));
        Assert.Contains("令和8年11月21日", StaffBrowser.TextOf(during, "as-of-notice"), StringComparison.Ordinal);
        Assert.Contains("除票", StaffBrowser.TextOf(now, "flags"), StringComparison.Ordinal);
        Assert.Equal("Death", FirstKind(now));
    }

    [Fact]
    public async Task Another_towns_resident_is_not_found()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, RegisterSeed.Noda, "野田村野田", "１番地", "2026-11-20", RegisterSeed.Person("野田", "一郎", "ノダ", "イチロウ"));
        using var browser = await Staff.ClerkAsync(factory);

        using var response = await browser.GetAsync($"/residents/{ids[0]}");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("野田　一郎", html, StringComparison.Ordinal);
    }

    private static string? FirstKind(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"history-row\" data-kind=\"(?<kind>\\w+)\"").Groups["kind"].Value;
}
