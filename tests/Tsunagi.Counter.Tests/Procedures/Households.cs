using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Counter.Features.ProcedureCatalogue;

namespace Tsunagi.Counter.Tests.Procedures;

/// <summary>Households for the rule tables; every date is relative to <see cref="On"/> (令和8年6月15日).</summary>
internal static class Households
{
    public static readonly DateOnly On = new(2026, 6, 15);

    public static PersonFacts Person(string relationship, int age, HealthInsurance insurance = HealthInsurance.National, bool subject = true, bool foreign = false) =>
        new(relationship, Born(age), subject, foreign, insurance);

    /// <summary>A birth date that makes the person <paramref name="age"/> on <see cref="On"/>, birthday in January.</summary>
    public static DateOnly Born(int age) => new(On.Year - age, 1, 20);

    public static VisitFacts Visit(LifeEvent lifeEvent, params PersonFacts[] household) => new(lifeEvent, On, household);

    public static VisitFacts FamilyOfFourMovingIn(HealthInsurance insurance) => Visit(
        LifeEvent.MoveIn,
        Person("世帯主", 40, insurance),
        Person("妻", 38, insurance),
        new PersonFacts("長男", new DateOnly(2018, 5, 20), true, false, insurance),
        Person("長女", 4, insurance));

    public static IReadOnlyList<SuggestedProcedure> Suggest(VisitFacts visit) => ProcedureRules.Evaluate(NationalCatalogue.Value, visit);

    public static IReadOnlyList<string> Codes(VisitFacts visit) => [.. Suggest(visit).Select(s => s.ProcedureCode)];
}
