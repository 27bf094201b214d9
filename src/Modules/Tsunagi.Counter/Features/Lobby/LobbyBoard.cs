namespace Tsunagi.Counter.Features.Lobby;

/// <summary>
/// What the lobby display shows of one counter area today: reception numbers only, grouped 呼出中 / お待ちの方 / 手続中 / 完了.
/// Never a name, birth date or address: this leaves the building on a public screen.
/// </summary>
public sealed record LobbyBoard(string Area, IReadOnlyList<string> Called, IReadOnlyList<string> Waiting, IReadOnlyList<string> InService, IReadOnlyList<string> Done);
