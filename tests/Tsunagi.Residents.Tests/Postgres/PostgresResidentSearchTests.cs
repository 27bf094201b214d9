using System.Net;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Postgres;

/// <summary>Search and detail on PostgreSQL as the application role: prefix matches, the blind index and another town's 404 under row-level security.</summary>
[Trait("Lane", "postgres")]
public sealed class PostgresResidentSearchTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task Search_finds_by_kana_prefix_and_date_and_another_town_sees_nothing()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "１番地", RegisterSeed.Person("髙橋", "一郎", "タカハシ", "イチロウ", dateOfBirth: "S55.4.1", individualNumber: "123456789018"));
        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        var nodaToken = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Noda);

        var (status, byKana, _) = await ApiCalls.GetAsync(client, token, "/api/v1/residents?name=" + Uri.EscapeDataString("たかはし いち"));
        var (_, byDate, _) = await ApiCalls.GetAsync(client, token, "/api/v1/residents?name=" + Uri.EscapeDataString("高橋") + "&dateOfBirth=1980-04-01");
        var (_, fromNoda, _) = await ApiCalls.GetAsync(client, nodaToken, "/api/v1/residents?name=" + Uri.EscapeDataString("タカハシ"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([ids[0].ToString()], ApiCalls.Ids(byKana));
        Assert.Equal([ids[0].ToString()], ApiCalls.Ids(byDate));
        Assert.Empty(ApiCalls.Ids(fromNoda));
    }

    [Fact]
    public async Task Another_towns_resident_is_404_through_the_api_and_the_page()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "２番地", RegisterSeed.Person("他町", "一", "タチョウ", "ハジメ"));
        var client = factory.CreateClient();
        var nodaToken = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Noda);
        var ownToken = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        using var nodaClerk = await Staff.ClerkAsync(factory, RegisterSeed.Noda);

        var (api, _, _) = await ApiCalls.GetAsync(client, nodaToken, $"/api/v1/residents/{ids[0]}");
        var (own, _, _) = await ApiCalls.GetAsync(client, ownToken, $"/api/v1/residents/{ids[0]}");
        using var page = await nodaClerk.GetAsync($"/residents/{ids[0]}");

        Assert.Equal(HttpStatusCode.NotFound, api);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Searching_by_individual_number_uses_the_blind_index()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "３番地", RegisterSeed.Person("索引", "一", "サクイン", "ハジメ", individualNumber: "111111111118"));
        using var clerk = await Staff.ClerkAsync(factory);

        using var response = await clerk.SubmitAsync("/residents", "number-search", ("Input.IndividualNumber", "111111111118"));

        Assert.Equal([ids[0].ToString()], Features.Search.ResidentSearchPageTests.Rows(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_name_matched_by_several_keys_is_listed_once_in_order_of_reading_and_the_count_is_exact()
    {
        var byKana = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "４番地", RegisterSeed.Person("布々木", "一", "ヌヌキ", "ハジメ"));
        var byNameAndKana = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "５番地", RegisterSeed.Person("ぬぬ山", "二郎", "ヌヌヤマ", "ジロウ"));
        var byGivenNameAndKana = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "６番地", RegisterSeed.Person("山田", "ぬぬ子", "ヤマダ", "ヌヌコ", sex: "female"));
        var byGivenKana = await RegisterSeed.MoveInAsync(factory, "大槌町末広町", "７番地", RegisterSeed.Person("川上", "奴々", "カワカミ", "ヌヌ"));
        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        var path = "/api/v1/residents?pageSize=2&name=" + Uri.EscapeDataString("ぬぬ");

        var (_, first, _) = await ApiCalls.GetAsync(client, token, path);
        var (_, second, _) = await ApiCalls.GetAsync(client, token, path + "&page=2");

        Assert.Equal(4, first.RootElement.GetProperty("totalCount").GetInt64());
        Assert.False(first.RootElement.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(
            new[] { byGivenKana, byKana, byNameAndKana, byGivenNameAndKana }.Select(ids => ids[0].ToString()),
            ApiCalls.Ids(first).Concat(ApiCalls.Ids(second)));
    }
}
