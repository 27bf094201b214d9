namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>Turns the facts of a visit into what conditions see, every age taken on the event date.</summary>
public static class RuleFactsBuilder
{
    public static HouseholdRuleFacts Build(VisitFacts visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var members = visit.Household.Select(p => Person(p, visit.EventDate)).ToList();
        var household = new HouseholdRuleFacts
        {
            LifeEvent = LifeEventNames.Ja(visit.LifeEvent),
            FromAbroad = visit.FromAbroad,
            FiscalYear = LegalAge.FiscalYearOf(visit.EventDate),
            Members = members,
        };
        foreach (var member in members)
        {
            member.Household = household;
        }

        return household;
    }

    private static PersonRuleFacts Person(PersonFacts person, DateOnly on) => new()
    {
        Relationship = person.Relationship.Trim(),
        Age = person.DateOfBirth is { } birth && birth <= on ? LegalAge.On(birth, on) : -1,
        IsSubject = person.IsSubject,
        IsForeignResident = person.IsForeignResident,
        Insurance = InsuranceNames.Of(person.Insurance),
        SchoolGrade = person.DateOfBirth is { } b ? LegalAge.SchoolGradeOn(b, on) : 0,
        IsUpToHighSchoolAge = person.DateOfBirth is { } d && LegalAge.IsUpToHighSchoolAgeOn(d, on),
    };
}
