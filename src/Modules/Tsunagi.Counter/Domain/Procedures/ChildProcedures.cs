using static Tsunagi.Counter.Domain.Procedures.NationalCatalogue;

namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>児童手当・子ども医療費助成・母子保健・就学 of the national catalogue.</summary>
internal static class ChildProcedures
{
    public static IEnumerable<CatalogueProcedure> All { get; } =
    [
        new("jido-teate", "児童手当の認定請求", ChildrenDivision, ["転入", "出生"], "IsSubject && IsUpToHighSchoolAge", false,
            "{対象}は高校生年代までの児童のため児童手当の認定請求（転入・出生の翌日から15日以内、公務員の方は勤務先へ）",
            ["請求者名義の預金通帳", "請求者と配偶者のマイナンバーが分かるもの"], 0, true, 20),
        new("jido-teate-henko", "児童手当の変更・消滅の届出", ChildrenDivision, ["転出", "婚姻", "離婚", "死亡", "世帯変更"],
            "IsUpToHighSchoolAge && (IsSubject || Household.LifeEvent in (\"婚姻\", \"離婚\", \"死亡\"))", false,
            "{対象}の児童手当について、受給者・住所・氏名の変更または消滅の届出（受給者の変更は新たな認定請求）",
            ["請求者名義の預金通帳（受給者が変わる場合）"], 0, true, 15),
        new("kodomo-iryo", "子ども医療費助成の申請", ChildrenDivision, ["転入", "出生"], "IsSubject && IsUpToHighSchoolAge", false,
            "{対象}は子ども医療費助成の対象（高校生年代まで）", ["子どもの健康保険の資格情報が分かるもの", "保護者名義の預金通帳"], 0, true, 15),
        new("kodomo-iryo-henko", "子ども医療費受給者証の返還・変更", ChildrenDivision, ["転出", "転居", "婚姻", "離婚"], "IsUpToHighSchoolAge && (IsSubject || Household.LifeEvent in (\"婚姻\", \"離婚\"))", false,
            "{対象}の子ども医療費受給者証の返還（転出）または住所・氏名・保護者の変更", ["子ども医療費受給者証"], 0, true, 10),
        new("boshi-hoken", "乳幼児健診・母子保健の案内", ChildrenDivision, ["出生", "転入"], "IsSubject && IsUnder3", false,
            "{対象}は3歳未満のため、乳幼児健診・予防接種の案内と母子健康手帳の確認（出生は新生児訪問の申込み）",
            ["母子健康手帳", "予防接種の記録"], 0, true, 10),
        new("shugaku-tennyu", "転入学（転入学通知書の交付）", SchoolsDivision, ["転入"], "IsSubject && IsSchoolAge", true,
            "{対象}は学齢のため転入学通知書を交付（前の学校の在学証明書・教科用図書給与証明書を転入先の学校へ）",
            ["在学証明書（前の学校で交付）", "教科用図書給与証明書"], 0, true, 15),
        new("shugaku-tenko", "転校の手続（転出）", SchoolsDivision, ["転出"], "IsSubject && IsSchoolAge", true,
            "{対象}は学齢のため、在学中の学校で転校の手続（在学証明書等を受け取り転出先の教育委員会へ）", [], 0, false, 3 * Day),
        new("shugaku-tenkyo", "通学区域の確認（転居）", SchoolsDivision, ["転居"], "IsSubject && IsSchoolAge", true,
            "{対象}は学齢のため、転居による通学区域（学校の変更）を確認", [], 0, true, 10),
    ];
}
