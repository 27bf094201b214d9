namespace Tsunagi.Counter.Domain.Cases;

/// <summary>
/// The counter areas (窓口エリア) whose reception numbers and lobby display are kept apart. A fixed list for now, the same
/// for every town: the code prefixes the reception number (「A-012」) and names the lobby page (<c>/lobby/034614/A</c>).
/// </summary>
public static class CounterAreas
{
    public const string Default = "A";

    private static readonly Dictionary<string, (string Ja, string En)> Names = new(StringComparer.Ordinal)
    {
        [Default] = ("1階 総合窓口", "Ground floor one-stop counter"),
    };

    public static IEnumerable<string> Codes => Names.Keys;

    public static bool Exists(string? code) => code is not null && Names.ContainsKey(code);

    public static string Ja(string code) => Names.TryGetValue(code, out var name) ? name.Ja : code;

    public static string En(string code) => Names.TryGetValue(code, out var name) ? name.En : code;
}
