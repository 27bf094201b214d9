using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>Reads the try-out form into the facts of a visit, or the problems (field + message key) that stop it.</summary>
public static class TryOutParser
{
    public static VisitFacts? Parse(TryOutForm form, ICollection<TryOutProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(problems);
        var lifeEvent = Enum.GetValues<LifeEvent>().Cast<LifeEvent?>().FirstOrDefault(e => LifeEventNames.Ja(e!.Value) == form.LifeEvent);
        if (lifeEvent is null)
        {
            problems.Add(new("lifeEvent", "Procedures.TryOut.LifeEventRequired"));
        }

        if (!JapaneseEraDate.TryParse(form.EventDate, out var eventDate, out _))
        {
            problems.Add(new("eventDate", "Procedures.TryOut.EventDateInvalid"));
        }

        var household = new List<PersonFacts>();
        for (var i = 0; i < form.Members.Count; i++)
        {
            var member = form.Members[i];
            if (member.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(member.Relationship) || member.Relationship.Trim().Length > 20)
            {
                problems.Add(new($"m{i}-relationship", "Procedures.TryOut.RelationshipRequired"));
            }

            if (!JapaneseEraDate.TryParse(member.DateOfBirth, out var birth, out _))
            {
                problems.Add(new($"m{i}-dateOfBirth", "Procedures.TryOut.BirthDateInvalid"));
            }
            else if (problems.All(p => p.Field != "eventDate") && birth > eventDate)
            {
                problems.Add(new($"m{i}-dateOfBirth", "Procedures.TryOut.BirthAfterEvent"));
            }

            var insurance = Enum.TryParse<HealthInsurance>(member.Insurance, out var declared) && Enum.IsDefined(declared) ? declared : HealthInsurance.Unknown;
            household.Add(new PersonFacts(member.Relationship.Trim(), birth, member.Subject, member.Foreign, insurance));
        }

        if (household.Count == 0)
        {
            problems.Add(new("m0-relationship", "Procedures.TryOut.HouseholdRequired"));
        }

        return problems.Count == 0 ? new VisitFacts(lifeEvent!.Value, eventDate, household, form.FromAbroad) : null;
    }
}
