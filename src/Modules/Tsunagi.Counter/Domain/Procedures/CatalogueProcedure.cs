using System.ComponentModel.DataAnnotations;

namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// One procedure (手続) of the catalogue: who owns it, the life events (Japanese names, 転入 …) it is considered for, and
/// the <see cref="Condition"/> — an expression over one member of the household (<see cref="PersonRuleFacts"/>, with
/// <c>Household</c> for the whole household). <see cref="PerPerson"/> gives one suggestion per matched member (就学 per
/// child); otherwise one suggestion for the household naming every matched member. <see cref="Reason"/> may contain
/// <c>{対象}</c>, replaced by the matched members as 「長男（8歳）」 — never a name.
/// </summary>
public sealed record CatalogueProcedure(
    [property: StringLength(40, MinimumLength = 1)] string Code,
    [property: StringLength(60, MinimumLength = 1)] string Name,
    [property: StringLength(30, MinimumLength = 1)] string Department,
    [property: MinLength(1)] IReadOnlyList<string> LifeEvents,
    [property: StringLength(1000, MinimumLength = 1)] string Condition,
    bool PerPerson,
    [property: StringLength(300, MinimumLength = 1)] string Reason,
    IReadOnlyList<string> DocumentsToBring,
    [property: Range(0, 1_000_000)] long Fee,
    bool CompletedAtCounter,
    [property: Range(1, 525_600)] int ServiceLevelMinutes);
