using static Tsunagi.Counter.Domain.Procedures.NationalCatalogue;

namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>国民健康保険・後期高齢者医療・介護保険・国民年金 of the national catalogue.</summary>
internal static class InsuranceProcedures
{
    private static readonly string[] InsuranceCards = ["資格確認書・保険証（対象の方全員分）"];

    public static IEnumerable<CatalogueProcedure> All { get; } =
    [
        new("kokuho-kanyu", "国民健康保険の加入", InsuranceDivision, ["転入", "離婚"], "IsSubject && !Is75OrOver && !OnLateStageElderly && (OnNationalInsurance || InsuranceUnknown)", false,
            "{対象}は75歳未満で職場の健康保険に加入していないため国民健康保険に加入（14日以内）",
            ["本人確認書類", "職場の健康保険の資格喪失証明書（退職などでやめた方）"], 0, true, 20),
        new("kokuho-kanyu-shussei", "国民健康保険の加入（出生）", InsuranceDivision, ["出生"], "IsSubject && Household.OthersOnNationalInsurance", true,
            "{対象}は国民健康保険の世帯に生まれたため加入（出産育児一時金の申請も確認）", ["母子健康手帳", "世帯主の資格確認書"], 0, true, 15),
        new("kokuho-soshitsu", "国民健康保険の資格喪失", InsuranceDivision, ["転出", "死亡"], "IsSubject && OnNationalInsurance", false,
            "{対象}は国保加入者のため、転出・死亡の翌日で資格喪失（資格確認書・保険証を返却）", [.. InsuranceCards], 0, true, 15),
        new("kokuho-henko", "国民健康保険の氏名・住所・世帯の変更", InsuranceDivision, ["転居", "婚姻", "世帯変更"], "IsSubject && OnNationalInsurance", false,
            "{対象}は国保加入者のため、氏名・住所・世帯の変更の届出（資格確認書の書換え）", [.. InsuranceCards], 0, true, 15),
        new("kokiko-kanyu", "後期高齢者医療の加入（転入）", InsuranceDivision, ["転入"], "IsSubject && (Is75OrOver || OnLateStageElderly)", false,
            "{対象}は75歳以上（または障害認定）のため、国保ではなく後期高齢者医療に加入",
            ["負担区分等証明書（前の住所地で交付）", "本人確認書類"], 0, true, 20),
        new("kokiko-soshitsu", "後期高齢者医療の資格喪失", InsuranceDivision, ["転出", "死亡"], "IsSubject && (Is75OrOver || OnLateStageElderly)", false,
            "{対象}は後期高齢者医療の加入者のため資格喪失（資格確認書を返却、転出は負担区分等証明書を交付）", [.. InsuranceCards], 0, true, 15),
        new("kokiko-henko", "後期高齢者医療の住所・氏名変更", InsuranceDivision, ["転居", "婚姻", "離婚"], "IsSubject && (Is75OrOver || OnLateStageElderly)", false,
            "{対象}は後期高齢者医療の加入者のため、住所・氏名の変更の届出", [.. InsuranceCards], 0, true, 10),
        new("sosaihi", "葬祭費の支給申請", InsuranceDivision, ["死亡"], "IsSubject && (OnNationalInsurance || OnLateStageElderly || Is75OrOver)", true,
            "{対象}は国保・後期高齢者医療の加入者だったため、葬儀を行った方に葬祭費を支給（葬儀の翌日から2年以内）",
            ["葬儀の領収書または会葬礼状（喪主が分かるもの）", "喪主名義の預金通帳"], 0, false, 14 * Day),
        new("kaigo-1go", "介護保険（第1号被保険者）の資格取得", WelfareDivision, ["転入"], "IsSubject && Is65OrOver", false,
            "{対象}は65歳以上のため介護保険の第1号被保険者（施設入所による転入は住所地特例を確認）",
            ["受給資格証明書（要介護・要支援認定を受けている方、転入から14日以内）"], 0, true, 15),
        new("kaigo-2go", "介護保険料（第2号）のご案内", InsuranceDivision, ["転入"], "IsSubject && Is40To64 && OnNationalInsurance", false,
            "{対象}は40〜64歳の国保加入者のため、介護保険（第2号）の保険料を国保税と合わせて納付", [], 0, true, 5),
        new("kaigo-soshitsu", "介護保険被保険者証の返還", WelfareDivision, ["転出", "死亡"], "IsSubject && Is65OrOver", false,
            "{対象}は介護保険の第1号被保険者のため被保険者証を返還（転出で認定を受けている方は受給資格証明書を交付）",
            ["介護保険被保険者証", "負担割合証"], 0, true, 15),
        new("kaigo-henko", "介護保険の住所・氏名変更", WelfareDivision, ["転居", "婚姻", "離婚"], "IsSubject && Is65OrOver", false,
            "{対象}は介護保険の第1号被保険者のため、住所・氏名の変更の届出", ["介護保険被保険者証"], 0, true, 10),
        new("nenkin-jusho", "国民年金（第1号）の住所変更", InsuranceDivision, ["転入", "転居"], "IsSubject && Is20To59 && !OnEmployeeInsurance && !OnPublicAssistance", false,
            "{対象}は20〜59歳で職場の年金に加入していない国民年金第1号被保険者（マイナンバーと結びついていれば届出不要、確認のみ）",
            ["基礎年金番号が分かるもの（マイナンバーカードでも可）"], 0, true, 10),
        new("nenkin-shubetsu", "国民年金の種別変更（第3号から第1号）", InsuranceDivision, ["離婚", "死亡"],
            "Is20To59 && !OnEmployeeInsurance && ((Household.LifeEvent == \"離婚\" && IsSubject) || (Household.LifeEvent == \"死亡\" && !IsSubject && IsSpouse))", true,
            "{対象}は配偶者の扶養（第3号）から外れる場合、国民年金第1号への種別変更（14日以内）",
            ["基礎年金番号が分かるもの", "扶養から外れた日が分かる書類"], 0, true, 15),
        new("nenkin-shimei", "国民年金の氏名変更", InsuranceDivision, ["婚姻", "離婚"], "IsSubject && Is20To59 && !OnEmployeeInsurance", false,
            "{対象}は国民年金第1号被保険者のため氏名変更を確認（マイナンバーと結びついていれば届出不要）",
            ["基礎年金番号が分かるもの"], 0, true, 10),
        new("nenkin-teishi", "年金の受給停止・未支給年金（お知らせ）", InsuranceDivision, ["死亡"], "IsSubject && Age >= 60", true,
            "{対象}が年金を受けていた場合、年金事務所への受給権者死亡届（マイナンバー登録済みなら原則不要）と未支給年金の請求を案内",
            ["年金証書", "死亡の事実が分かる書類"], 0, false, 5),
    ];
}
