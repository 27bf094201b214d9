namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// The national default catalogue: what a small town in Iwate (大槌町, 山田町, 岩泉町) handles at its one-stop counter,
/// by department, in the order the counter works through them. Towns replace it with their own list.
/// </summary>
public static class NationalCatalogue
{
    public const string ResidentsDivision = "町民課";
    public const string InsuranceDivision = "保険年金課";
    public const string ChildrenDivision = "子育て支援課";
    public const string SchoolsDivision = "学校教育課";
    public const string WelfareDivision = "介護福祉課";
    public const string TaxesDivision = "税務課";

    public const int Day = 24 * 60;

    public static Catalogue Value { get; } = new([.. RegisterProcedures.All, .. InsuranceProcedures.All, .. ChildProcedures.All, .. OtherProcedures.All]);
}
