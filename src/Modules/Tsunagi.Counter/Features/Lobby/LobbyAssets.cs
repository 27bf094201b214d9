namespace Tsunagi.Counter.Features.Lobby;

/// <summary>The lobby display's few lines of script (EventSource) and its style: very large type, high contrast, no sound.</summary>
public static class LobbyAssets
{
    public const string Script = """
        (function () {
          var root = document.querySelector('[data-lobby-events]');
          if (!root || !window.EventSource) { return; }
          var source = new EventSource(root.getAttribute('data-lobby-events'));
          function fill(name, numbers) {
            var list = document.querySelector('[data-lobby-list="' + name + '"]');
            if (!list) { return; }
            var current = Array.prototype.map.call(list.children, function (li) { return li.textContent; }).join(',');
            if (current === numbers.join(',')) { return; }
            list.replaceChildren.apply(list, numbers.map(function (n) {
              var li = document.createElement('li'); li.textContent = n; return li;
            }));
          }
          source.addEventListener('board', function (e) {
            var board = JSON.parse(e.data);
            fill('called', board.called); fill('waiting', board.waiting);
            fill('in-service', board.inService); fill('done', board.done);
            root.setAttribute('data-lobby-live', 'true');
          });
        })();
        """;

    public const string Style = """
        html, body { margin: 0; background: #000; color: #fff; }
        .lobby { min-height: 100vh; padding: 2vh 2vw; box-sizing: border-box; font-family: sans-serif; display: grid; gap: 2vh; grid-template-rows: auto 1fr auto; }
        .lobby h1 { font-size: 5vh; margin: 0; }
        .lobby__grid { display: grid; grid-template-columns: 2fr 1fr 1fr 1fr; gap: 2vw; }
        .lobby section { border: 0.4vh solid #fff; border-radius: 1vh; padding: 1vh 1vw; }
        .lobby h2 { font-size: 4vh; margin: 0 0 1vh; }
        .lobby ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1vh 1.5vw; }
        .lobby li { font-size: 6vh; font-weight: 700; font-variant-numeric: tabular-nums; }
        .lobby__called { background: #ffeb00; color: #000; }
        .lobby__called h2, .lobby__called li { color: #000; }
        .lobby__called li { font-size: 12vh; }
        .lobby__hint { font-size: 3vh; margin: 0; }
        """;
}
