namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// One member of the household as a condition sees it (the expression's <c>it</c>): ages on the event date by
/// 年齢計算ニ関スル法律, school age, insurance and the household (<see cref="Household"/>). Only these properties are
/// reachable from a condition; nothing here names the person.
/// </summary>
public sealed class PersonRuleFacts
{
    /// <summary>続柄 as declared (世帯主, 妻, 長男 …).</summary>
    public required string Relationship { get; init; }

    /// <summary>満年齢 on the event date; -1 when the date of birth is unknown.</summary>
    public required int Age { get; init; }

    public bool AgeKnown => Age >= 0;

    public required bool IsSubject { get; init; }

    public required bool IsForeignResident { get; init; }

    /// <summary>国保, 被用者保険, 後期高齢者医療, 生活保護 or 未確認.</summary>
    public required string Insurance { get; init; }

    public bool OnNationalInsurance => Insurance == InsuranceNames.National;

    public bool OnEmployeeInsurance => Insurance == InsuranceNames.Employee;

    public bool OnLateStageElderly => Insurance == InsuranceNames.LateStageElderly;

    public bool OnPublicAssistance => Insurance == InsuranceNames.PublicAssistance;

    public bool InsuranceUnknown => Insurance == InsuranceNames.Unknown;

    public bool IsHead => Relationship == "世帯主";

    public bool IsSpouse => Relationship is "妻" or "夫" or "妻（未届）" or "夫（未届）";

    public bool IsChild => Relationship is "子" or "養子" or "長男" or "長女" or "二男" or "次男" or "二女" or "次女" or "三男" or "三女" or "四男" or "四女";

    /// <summary>1–6 小学校, 7–9 中学校 (学齢), 0 otherwise.</summary>
    public required int SchoolGrade { get; init; }

    public bool IsSchoolAge => SchoolGrade > 0;

    /// <summary>小学校, 中学校 or empty.</summary>
    public string SchoolStage => SchoolGrade switch { >= 1 and <= 6 => "小学校", >= 7 => "中学校", _ => string.Empty };

    /// <summary>高校生年代まで (until the 3月31日 after reaching 18): 児童手当, 子ども医療費助成.</summary>
    public required bool IsUpToHighSchoolAge { get; init; }

    public bool IsUnder3 => AgeKnown && Age < 3;

    public bool IsUnder18 => AgeKnown && Age < 18;

    public bool Is40To64 => Age is >= 40 and <= 64;

    public bool Is65OrOver => Age >= 65;

    public bool Is75OrOver => Age >= 75;

    public bool Is20To59 => Age is >= 20 and <= 59;

    public HouseholdRuleFacts Household { get; internal set; } = HouseholdRuleFacts.Empty;

    /// <summary>「長男（8歳）」 for reasons; not reachable from conditions.</summary>
    internal string Label => AgeKnown ? $"{Relationship}（{Age}歳）" : $"{Relationship}（年齢不明）";
}
