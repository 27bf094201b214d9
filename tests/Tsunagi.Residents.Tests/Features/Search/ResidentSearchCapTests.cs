using System.Net;
using System.Text.Json;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.Search;

/// <summary>
/// A search stops counting at <see cref="ResidentSearch.CountCap"/> (「1,000件以上」) and pages only through those
/// matches; a name matched by several search keys (氏名, カナ, 名, 名カナ) is listed once, in order of reading.
/// </summary>
public sealed class ResidentSearchCapTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Letters = "アイウエオカキクケコサシスセソタチツテト";

    [Fact]
    public async Task More_than_a_thousand_matches_are_a_thousand_or_more_and_only_their_pages_can_be_read()
    {
        for (var household = 0; household < 101; household++)
        {
            var members = Enumerable.Range(0, 10).Select(i => RegisterSeed.Person(
                "上限", "太", "ジョウゲン", Kana((household * 10) + i), relationship: i == 0 ? "世帯主" : "同居人")).ToArray();
            await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", $"{household + 1}番地", members);
        }

        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        using var clerk = await Staff.ClerkAsync(factory);
        var path = "/api/v1/residents?pageSize=100&name=" + Uri.EscapeDataString("じょうげん");

        var (_, first, _) = await ApiCalls.GetAsync(client, token, path);
        var (lastStatus, last, _) = await ApiCalls.GetAsync(client, token, path + "&page=10");
        var (beyondStatus, _, _) = await ApiCalls.GetAsync(client, token, path + "&page=11");
        var html = await clerk.PageAsync("/residents?name=" + Uri.EscapeDataString("上限"));

        Assert.Equal(1000, first.RootElement.GetProperty("totalCount").GetInt64());
        Assert.True(first.RootElement.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, lastStatus);
        Assert.Equal(100, ApiCalls.Ids(last).Count);
        Assert.Equal(HttpStatusCode.BadRequest, beyondStatus);
        var readings = Readings(first).Concat(Readings(last)).ToList();
        Assert.Equal(readings.Order(StringComparer.Ordinal), readings);
        Assert.Contains("1,000件以上", StaffBrowser.TextOf(html, "search-count"), StringComparison.Ordinal);
        Assert.Contains("aria-label=\"20 ページ目", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"21 ページ目", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_matched_by_several_keys_is_listed_once_in_order_of_reading()
    {
        var byKana = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "201番地", RegisterSeed.Person("布々木", "一", "ヌヌキ", "ハジメ"));
        var byNameAndKana = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "202番地", RegisterSeed.Person("ぬぬ山", "二郎", "ヌヌヤマ", "ジロウ"));
        var byGivenNameAndKana = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "203番地", RegisterSeed.Person("山田", "ぬぬ子", "ヤマダ", "ヌヌコ", sex: "female"));
        var byGivenKana = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "204番地", RegisterSeed.Person("川上", "奴々", "カワカミ", "ヌヌ"));
        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        var path = "/api/v1/residents?pageSize=2&name=" + Uri.EscapeDataString("ﾇﾇ");

        var (_, first, _) = await ApiCalls.GetAsync(client, token, path);
        var (_, second, _) = await ApiCalls.GetAsync(client, token, path + "&page=2");

        Assert.Equal(4, first.RootElement.GetProperty("totalCount").GetInt64());
        Assert.False(first.RootElement.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(
            new[] { byGivenKana, byKana, byNameAndKana, byGivenNameAndKana }.Select(ids => ids[0].ToString()),
            ApiCalls.Ids(first).Concat(ApiCalls.Ids(second)));
    }

    private static IEnumerable<string> Readings(JsonDocument page) =>
        page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameKana").GetString()!);

    // 8,000 distinct three-letter readings in a known order.
    private static string Kana(int n) => $"{Letters[n / 400 % 20]}{Letters[n / 20 % 20]}{Letters[n % 20]}";
}
