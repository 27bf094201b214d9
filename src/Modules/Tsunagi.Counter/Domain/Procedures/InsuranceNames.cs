namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>The words conditions use for <see cref="HealthInsurance"/>.</summary>
public static class InsuranceNames
{
    public const string National = "国保";
    public const string Employee = "被用者保険";
    public const string LateStageElderly = "後期高齢者医療";
    public const string PublicAssistance = "生活保護";
    public const string Unknown = "未確認";

    public static string Of(HealthInsurance insurance) => insurance switch
    {
        HealthInsurance.National => National,
        HealthInsurance.Employee => Employee,
        HealthInsurance.LateStageElderly => LateStageElderly,
        HealthInsurance.PublicAssistance => PublicAssistance,
        _ => Unknown,
    };
}
