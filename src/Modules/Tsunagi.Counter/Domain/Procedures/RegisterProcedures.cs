using static Tsunagi.Counter.Domain.Procedures.NationalCatalogue;

namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>住民基本台帳・戸籍・印鑑・証明書 (町民課) of the national catalogue.</summary>
internal static class RegisterProcedures
{
    private static readonly string[] Identity = ["本人確認書類（マイナンバーカード・運転免許証など）"];

    public static IEnumerable<CatalogueProcedure> All { get; } =
    [
        new("jumin-tennyu", "転入届", ResidentsDivision, ["転入"], "IsSubject && !Household.FromAbroad", false,
            "{対象}の転入の届出（住み始めた日から14日以内、住民基本台帳法第22条）",
            ["転出証明書（マイナンバーカードで転出した方は不要）", .. Identity, "マイナンバーカード（転入する方全員分）"], 0, true, 30),
        new("jumin-tennyu-kokugai", "国外からの転入届", ResidentsDivision, ["転入"], "IsSubject && Household.FromAbroad", false,
            "{対象}の国外からの転入の届出（14日以内）",
            ["パスポート（入国の記録があるもの）", "在留カード（外国人住民の方）", "戸籍謄本と戸籍の附票（本籍が他市区町村の日本人の方）"], 0, true, 45),
        new("jumin-tenshutsu", "転出届", ResidentsDivision, ["転出"], "IsSubject", false,
            "{対象}の転出の届出（住民基本台帳法第24条）",
            [.. Identity, "資格確認書・保険証（国保・後期高齢者医療の方）", "印鑑登録証（登録している方）"], 0, true, 20),
        new("jumin-tenkyo", "転居届", ResidentsDivision, ["転居"], "IsSubject", false,
            "{対象}の町内での住所変更の届出（14日以内、住民基本台帳法第23条）",
            [.. Identity, "マイナンバーカード（転居する方全員分）"], 0, true, 20),
        new("jumin-setai", "世帯変更届", ResidentsDivision, ["世帯変更"], "IsSubject", false,
            "{対象}の世帯の分離・合併・世帯主変更の届出（14日以内、住民基本台帳法第25条）", [.. Identity], 0, true, 20),
        new("setainushi-henko", "世帯主変更届", ResidentsDivision, ["転出", "死亡"], "IsSubject && IsHead && Household.Members.Count(!IsSubject && Age >= 15) >= 2", false,
            "世帯主（{対象}）の転出・死亡により、15歳以上の世帯員が2人以上残るため新しい世帯主の届出が必要", [.. Identity], 0, true, 15),
        new("jumin-mynumber", "マイナンバーカードの住所変更（継続利用）", ResidentsDivision, ["転入", "転居"], "IsSubject", false,
            "{対象}がマイナンバーカードをお持ちの場合、券面の住所変更（転入は90日以内に継続利用の手続）",
            ["マイナンバーカード（暗証番号が必要）"], 0, true, 15),
        new("zairyu-card", "在留カードの住居地届出", ResidentsDivision, ["転入", "転居"], "IsSubject && IsForeignResident", true,
            "{対象}は外国人住民のため、在留カードに新しい住居地を記載（住民票の届出で入管法の届出を兼ねる）",
            ["在留カード・特別永住者証明書"], 0, true, 10),
        new("koseki-shussei", "出生届", ResidentsDivision, ["出生"], "IsSubject", true,
            "{対象}の出生届（生まれた日を含め14日以内）", ["出生証明書（医師・助産師の記入）", "母子健康手帳"], 0, true, 30),
        new("koseki-shibo", "死亡届・火葬許可申請", ResidentsDivision, ["死亡"], "IsSubject", true,
            "{対象}の死亡届（死亡を知った日から7日以内）と火葬許可", ["死亡診断書（死体検案書）", "届出人の本人確認書類"], 0, true, 30),
        new("koseki-konin", "婚姻届", ResidentsDivision, ["婚姻"], "IsSubject", false,
            "{対象}の婚姻届（戸籍）と氏・本籍の変更の反映", ["婚姻届（証人2名の記入）", .. Identity], 0, true, 30),
        new("koseki-rikon", "離婚届", ResidentsDivision, ["離婚"], "IsSubject", false,
            "{対象}の離婚届（戸籍）と氏の変更の反映", ["離婚届（協議離婚は証人2名の記入）", .. Identity], 0, true, 30),
        new("inkan-toroku", "印鑑登録", ResidentsDivision, ["転入"], "IsSubject && Age >= 15", false,
            "{対象}は15歳以上のため、希望すれば印鑑登録ができます（前の住所地の登録は転出で廃止済み）",
            ["登録する印鑑", .. Identity], 0, true, 15),
        new("inkan-haishi", "印鑑登録の廃止（お知らせ）", ResidentsDivision, ["転出", "死亡"], "IsSubject && Age >= 15", false,
            "{対象}に印鑑登録がある場合、転出・死亡により自動的に廃止されます（印鑑登録証を返却してください）",
            ["印鑑登録証"], 0, true, 5),
        new("shomei-juminhyo", "住民票の写し", ResidentsDivision, ["証明書のみ"], "IsSubject", false,
            "証明書の請求：住民票の写し（必要な通数と記載事項を確認）", [.. Identity], 300, true, 10),
        new("shomei-inkan", "印鑑登録証明書", ResidentsDivision, ["証明書のみ"], "IsSubject && Age >= 15", false,
            "証明書の請求：{対象}の印鑑登録証明書（印鑑登録証が必要）", ["印鑑登録証"], 300, true, 10),
    ];
}
