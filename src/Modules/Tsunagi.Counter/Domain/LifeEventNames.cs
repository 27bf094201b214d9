using Tsunagi.Counter.Contracts;

namespace Tsunagi.Counter.Domain;

/// <summary>The life events by their Japanese names (転入 …, as in the catalogue and its conditions) and API names (move-in …).</summary>
public static class LifeEventNames
{
    private static readonly (LifeEvent Event, string Ja, string Api)[] Table =
    [
        (LifeEvent.MoveIn, "転入", "move-in"),
        (LifeEvent.MoveOut, "転出", "move-out"),
        (LifeEvent.Relocation, "転居", "relocation"),
        (LifeEvent.Birth, "出生", "birth"),
        (LifeEvent.Death, "死亡", "death"),
        (LifeEvent.Marriage, "婚姻", "marriage"),
        (LifeEvent.Divorce, "離婚", "divorce"),
        (LifeEvent.HouseholdChange, "世帯変更", "household-change"),
        (LifeEvent.CertificatesOnly, "証明書のみ", "certificates-only"),
    ];

    public static IEnumerable<LifeEvent> Events => Table.Select(e => e.Event);

    /// <summary>The Japanese names in the order of the enum.</summary>
    public static IEnumerable<string> JaNames => Table.Select(e => e.Ja);

    public static bool IsKnown(string name) => Table.Any(e => e.Ja == name);

    public static string Ja(LifeEvent lifeEvent) => Table.First(e => e.Event == lifeEvent).Ja;

    public static string Api(LifeEvent lifeEvent) => Table.First(e => e.Event == lifeEvent).Api;

    public static LifeEvent? Parse(string? text)
    {
        var value = text?.Trim();
        foreach (var entry in Table)
        {
            if (string.Equals(value, entry.Api, StringComparison.OrdinalIgnoreCase) || value == entry.Ja || string.Equals(value, entry.Event.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return entry.Event;
            }
        }

        return null;
    }
}
