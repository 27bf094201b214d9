using static Tsunagi.Counter.Domain.Procedures.NationalCatalogue;

namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>税務 of the national catalogue.</summary>
internal static class OtherProcedures
{
    public static IEnumerable<CatalogueProcedure> All { get; } =
    [
        new("zei-sozokunin", "相続人代表者指定届（町税）", TaxesDivision, ["死亡"], "IsSubject && Age >= 18", false,
            "{対象}に町民税・固定資産税の課税がある場合、相続人代表者の指定の届出", ["届出人の本人確認書類"], 0, false, 14 * Day),
        new("shomei-shotoku", "所得・課税証明書", TaxesDivision, ["証明書のみ"], "IsSubject && Age >= 16", false,
            "証明書の請求：{対象}の所得・課税証明書（年度を確認）", ["本人確認書類"], 300, true, 10),
    ];
}
