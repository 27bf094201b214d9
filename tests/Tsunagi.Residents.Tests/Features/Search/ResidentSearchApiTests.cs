using System.Net;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.Search;

public sealed class ResidentSearchApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_system_finds_a_resident_by_half_width_kana_and_gets_no_individual_number()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "１番地", RegisterSeed.Person("髙﨑", "健", "タカサキ", "ケン", individualNumber: "123456789018"));
        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);

        var (status, json, text) = await ApiCalls.GetAsync(client, token, "/api/v1/residents?name=" + Uri.EscapeDataString("ﾀｶｻｷ ｹ"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([ids[0].ToString()], ApiCalls.Ids(json));
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal("髙﨑　健", item.GetProperty("name").GetString());
        Assert.Equal("大槌町新町１番地", item.GetProperty("address").GetString());
        Assert.DoesNotContain("123456789018", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9018", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_parameters_are_answered_with_a_problem_naming_them()
    {
        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);

        var (noCriteria, _, _) = await ApiCalls.GetAsync(client, token, "/api/v1/residents");
        var (badDate, dateJson, _) = await ApiCalls.GetAsync(client, token, "/api/v1/residents?dateOfBirth=R99.99.99");
        var (badPage, _, _) = await ApiCalls.GetAsync(client, token, "/api/v1/residents?name=a&pageSize=1000");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCriteria);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDate);
        Assert.StartsWith("生年月日：", dateJson.RootElement.GetProperty("errors").GetProperty("dateOfBirth")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPage);
    }

    [Fact]
    public async Task Removed_records_need_the_removed_scope_even_when_asked_for()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "２番地", RegisterSeed.Person("除票", "太郎", "ジョヒョウ", "タロウ"));
        await RegisterSeed.RemoveAsync(factory, ids[0], new DateOnly(2026, 11, 22));
        var client = factory.CreateClient();
        var plain = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        var withRemoved = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi, ResidentsPermissions.Read, ResidentsPermissions.RemovedRead);
        var path = "/api/v1/residents?includeRemoved=true&name=" + Uri.EscapeDataString("ジョヒョウ");

        var (_, hidden, _) = await ApiCalls.GetAsync(client, plain, path);
        var (_, shown, _) = await ApiCalls.GetAsync(client, withRemoved, path);
        var (detailStatus, _, _) = await ApiCalls.GetAsync(client, plain, $"/api/v1/residents/{ids[0]}");

        Assert.Empty(ApiCalls.Ids(hidden));
        Assert.Equal([ids[0].ToString()], ApiCalls.Ids(shown));
        Assert.Equal(HttpStatusCode.NotFound, detailStatus);
    }

    [Fact]
    public async Task Another_towns_resident_household_and_history_are_not_found()
    {
        var noda = await RegisterSeed.MoveInAsync(factory, RegisterSeed.Noda, "野田村玉川", "１番地", "2026-11-20", RegisterSeed.Person("玉川", "一", "タマガワ", "ハジメ"));
        var own = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "３番地", RegisterSeed.Person("新町", "一", "シンマチ", "ハジメ"));
        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        var nodaToken = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Noda);
        var (_, nodaOwn, _) = await ApiCalls.GetAsync(client, nodaToken, $"/api/v1/residents/{noda[0]}");
        var householdId = nodaOwn.RootElement.GetProperty("householdId").GetString();

        foreach (var path in new[] { $"/api/v1/residents/{noda[0]}", $"/api/v1/residents/{noda[0]}/history", $"/api/v1/households/{householdId}" })
        {
            using var response = await TokenRequests.GetAsync(client, path, token);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var (ownStatus, ownJson, _) = await ApiCalls.GetAsync(client, token, $"/api/v1/residents/{own[0]}/history");
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.Equal("転入", ownJson.RootElement[0].GetProperty("kindJa").GetString());
        var (_, search, _) = await ApiCalls.GetAsync(client, token, "/api/v1/residents?name=" + Uri.EscapeDataString("玉川"));
        Assert.Empty(ApiCalls.Ids(search));
    }

    [Fact]
    public async Task The_household_lists_its_members_head_first()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町新町", "４番地",
            RegisterSeed.Person("世帯", "子", "セタイ", "コ", dateOfBirth: "2010-01-01", relationship: "子"),
            RegisterSeed.Person("世帯", "主", "セタイ", "ヌシ", dateOfBirth: "1970-01-01"));
        var client = factory.CreateClient();
        var token = await ApiCalls.TokenAsync(factory, client, RegisterSeed.Otsuchi);
        var (_, resident, _) = await ApiCalls.GetAsync(client, token, $"/api/v1/residents/{ids[0]}");

        var (status, household, _) = await ApiCalls.GetAsync(client, token, $"/api/v1/households/{resident.RootElement.GetProperty("householdId").GetString()}");

        Assert.Equal(HttpStatusCode.OK, status);
        var members = household.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("relationship").GetString()).ToList();
        Assert.Equal(["世帯主", "子"], members);
    }
}
