using System.Collections.Frozen;
using Tsunagi.Counter.Contracts;

namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>The Japanese names of the life events, as written in the catalogue and offered to conditions.</summary>
public static class LifeEventNames
{
    private static readonly FrozenDictionary<LifeEvent, string> Names = new Dictionary<LifeEvent, string>
    {
        [LifeEvent.MoveIn] = "転入",
        [LifeEvent.MoveOut] = "転出",
        [LifeEvent.Relocation] = "転居",
        [LifeEvent.Birth] = "出生",
        [LifeEvent.Death] = "死亡",
        [LifeEvent.Marriage] = "婚姻",
        [LifeEvent.Divorce] = "離婚",
        [LifeEvent.HouseholdChange] = "世帯変更",
        [LifeEvent.CertificatesOnly] = "証明書のみ",
    }.ToFrozenDictionary();

    public static IEnumerable<string> All => Enum.GetValues<LifeEvent>().Select(Of);

    public static string Of(LifeEvent lifeEvent) => Names[lifeEvent];

    public static bool IsKnown(string name) => Names.Values.Contains(name, StringComparer.Ordinal);
}
