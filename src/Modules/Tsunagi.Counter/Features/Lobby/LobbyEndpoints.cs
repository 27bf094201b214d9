using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Api;

namespace Tsunagi.Counter.Features.Lobby;

/// <summary>
/// The lobby display's server push: <c>GET /lobby/{tenant}/{area}/events</c> (Server-Sent Events, no login) sends the board
/// when the page connects and again whenever it changes (checked every 2 seconds); the script and style the page needs are
/// served here too because the content security policy allows only same-origin files.
/// </summary>
public static class LobbyEndpoints
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public static IEndpointRouteBuilder MapLobby(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/lobby/{tenant}/{area}/events", EventsAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/lobby-assets/lobby.js", () => TypedResults.Text(LobbyAssets.Script, "text/javascript; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/lobby-assets/lobby.css", () => TypedResults.Text(LobbyAssets.Style, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> EventsAsync(string tenant, string area, IServiceProvider services, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await LobbyAccess.ReadAsync(services, tenant, area, cancellationToken) is not { } first)
        {
            return new ApiProblemResult(StatusCodes.Status404NotFound, "窓口が見つかりません。", "No such counter area.");
        }

        return TypedResults.ServerSentEvents(Boards(services, tenant, area, first.Board, time, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<LobbyBoard>> Boards(
        IServiceProvider services, string tenant, string area, LobbyBoard first, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = first;
        yield return new SseItem<LobbyBoard>(first, "board") { ReconnectionInterval = PollInterval };
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
            if (await LobbyAccess.ReadAsync(services, tenant, area, cancellationToken) is not { } next)
            {
                yield break;
            }

            if (!Same(last, next.Board))
            {
                last = next.Board;
                yield return new SseItem<LobbyBoard>(last, "board");
            }
        }
    }

    private static bool Same(LobbyBoard a, LobbyBoard b) =>
        a.Called.SequenceEqual(b.Called) && a.Waiting.SequenceEqual(b.Waiting) && a.InService.SequenceEqual(b.InService) && a.Done.SequenceEqual(b.Done);
}
