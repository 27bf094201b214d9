using Tsunagi.Counter.Contracts;

namespace Tsunagi.Counter.Domain.Cases;

/// <summary>The life events by their Japanese names (転入 …) and API names (move-in …).</summary>
public static class LifeEventNames
{
    private static readonly (LifeEvent Event, string Ja, string Api)[] All =
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

    public static IEnumerable<LifeEvent> Events => All.Select(e => e.Event);

    public static string Ja(LifeEvent lifeEvent) => All.First(e => e.Event == lifeEvent).Ja;

    public static string Api(LifeEvent lifeEvent) => All.First(e => e.Event == lifeEvent).Api;

    public static LifeEvent? Parse(string? text)
    {
        var value = text?.Trim();
        foreach (var entry in All)
        {
            if (string.Equals(value, entry.Api, StringComparison.OrdinalIgnoreCase) || value == entry.Ja || string.Equals(value, entry.Event.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return entry.Event;
            }
        }

        return null;
    }
}
