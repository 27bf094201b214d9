using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Demo;

/// <summary>
/// 大槌町's demo morning, relative to the moment of seeding: a closed 証明書のみ, a 転出 in service whose 国保 step is past
/// its 15-minute service level, a family of four moving in (steps in 町民課, 保険年金課, 子育て支援課, 学校教育課) and a 転居
/// waiting to be called.
/// </summary>
public static class DemoVisits
{
    public const string MunicipalityCode = "034614";

    public static IReadOnlyList<DemoVisit> For(DateOnly today) =>
    [
        new(LifeEvent.CertificatesOnly, [Adult(today, "世帯主", 52, HealthInsurance.Employee)], TimeSpan.FromMinutes(150), TimeSpan.FromMinutes(142), TimeSpan.FromMinutes(128), CaseState.Closed, int.MaxValue, false, "4821"),
        new(LifeEvent.MoveOut, [Adult(today, "世帯主", 44, HealthInsurance.National)], TimeSpan.FromMinutes(75), TimeSpan.FromMinutes(66), null, CaseState.InService, 1, true, "0937"),
        new(
            LifeEvent.MoveIn,
            [
                Adult(today, "世帯主", 38, HealthInsurance.National),
                Adult(today, "妻", 36, HealthInsurance.National),
                Child(today, "長男", 8),
                Child(today, "長女", 2),
            ],
            TimeSpan.FromMinutes(24),
            TimeSpan.FromMinutes(18),
            null,
            CaseState.InService,
            1,
            true,
            "5560"),
        new(LifeEvent.Relocation, [Adult(today, "世帯主", 71, HealthInsurance.LateStageElderly)], TimeSpan.FromMinutes(6), null, null, CaseState.Received, 0, false, "2208"),
    ];

    private static PersonFacts Adult(DateOnly today, string relationship, int age, HealthInsurance insurance) =>
        new(relationship, today.AddYears(-age).AddDays(-40), IsSubject: true, Insurance: insurance);

    private static PersonFacts Child(DateOnly today, string relationship, int age) =>
        new(relationship, today.AddYears(-age).AddDays(-100), IsSubject: true, Insurance: HealthInsurance.National);
}
