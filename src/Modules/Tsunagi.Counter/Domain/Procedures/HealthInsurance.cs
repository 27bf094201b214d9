namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>The health insurance a person declares at reception (the register does not hold it).</summary>
public enum HealthInsurance
{
    /// <summary>未確認</summary>
    Unknown,

    /// <summary>国民健康保険</summary>
    National,

    /// <summary>被用者保険（社会保険・共済）</summary>
    Employee,

    /// <summary>後期高齢者医療</summary>
    LateStageElderly,

    /// <summary>生活保護（医療扶助）</summary>
    PublicAssistance,
}
