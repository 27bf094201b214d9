using System.Net;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Cases;

public sealed class LobbyTests(CounterFactory factory) : IClassFixture<CounterFactory>
{
    [Fact]
    public async Task The_lobby_page_and_its_server_push_show_numbers_and_states_but_no_names_birth_dates_or_addresses()
    {
        using var api = await ApiClientAsync(factory);
        var draft = Family("小野寺");
        var (_, called) = await OpenMoveInAsync(factory, api, draft);
        var (_, waiting) = await OpenMoveInAsync(factory, api, Family("小野寺"));
        var (callStatus, calledNow) = await PostAsync(api, "/api/v1/counter/areas/A/call-next", null);
        Assert.Equal(HttpStatusCode.OK, callStatus);
        Assert.Equal(called, calledNow.GetProperty("receptionNumber").GetString());
        using var anonymous = factory.CreateClient();

        var html = await anonymous.GetStringAsync($"/lobby/{Otsuchi}/A", Cancellation);
        var events = await FirstEventAsync(anonymous, $"/lobby/{Otsuchi}/A/events");

        foreach (var text in new[] { html, events })
        {
            foreach (var personal in new[] { "小野寺", "一郎", "ハナコ", "1988", "1990-07-15", "R2.", "大槌町小鎚", "第32地割", "028-1121", "仙台市" })
            {
                Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
            }
        }

        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.Contains(waiting, events, StringComparison.Ordinal);
        Assert.Contains(waiting, html, StringComparison.Ordinal);
        Assert.Contains(called, html, StringComparison.Ordinal);
        Assert.Contains("event: board", events, StringComparison.Ordinal);
        Assert.Contains($"\"called\":[\"{called}\"]", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_municipality_or_area_has_no_lobby()
    {
        using var anonymous = factory.CreateClient();

        using var unknownTown = await anonymous.GetAsync("/lobby/999999/A/events", Cancellation);
        using var unknownArea = await anonymous.GetAsync($"/lobby/{Otsuchi}/Z/events", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, unknownTown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownArea.StatusCode);
    }

    private static async Task<string> FirstEventAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancellation);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(Cancellation);
        using var reader = new StreamReader(stream);
        var text = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync(Cancellation) is { } line && line.Length > 0)
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }
}
