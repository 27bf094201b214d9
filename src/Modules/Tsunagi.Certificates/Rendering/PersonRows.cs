using Tsunagi.Certificates.Content;
using L = Tsunagi.Certificates.Rendering.PrintedLabels;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// The rows of one person's block, group by group, in the order 住民票 prints them. Optional groups print only when
/// the content asks for them (<see cref="CertificatePrintedItems"/>) or holds a value (旧氏, foreign-resident items).
/// </summary>
internal static class PersonRows
{
    public static IEnumerable<LabelledRow> Identity(CertificatePerson person, CertificatePrintedItems items)
    {
        yield return LabelledRow.Pairs(L.Name, FullName(person), L.DateOfBirth, PrintedDate.Of(person.DateOfBirth));
        yield return LabelledRow.Pairs(L.NameKana, Joined(person.FamilyNameKana, person.GivenNameKana), L.Sex, person.Sex);
        var relationship = items.HouseholdHeadAndRelationship;
        var former = person.FormerFamilyName is { Length: > 0 };
        if (relationship || former)
        {
            yield return LabelledRow.Pairs(
                relationship ? L.Relationship : string.Empty,
                relationship ? person.Relationship : null,
                former ? L.FormerFamilyName : string.Empty,
                former ? person.FormerFamilyName : null);
        }
    }

    public static IEnumerable<LabelledRow> Residence(CertificatePerson person)
    {
        yield return LabelledRow.Pairs(L.BecameResidentOn, PrintedDate.Of(person.BecameResidentOn), L.AddressSetOn, PrintedDate.Of(person.AddressSetOn));
        yield return LabelledRow.DatedChange(L.ChangeReason, person.LastChangeReason, person.LastChangeOn, person.LastNotifiedOn);
        yield return LabelledRow.Wide(L.PreviousAddress, person.PreviousAddress);
    }

    public static IEnumerable<LabelledRow> Removal(CertificatePerson person)
    {
        if (person.RemovalReason is { Length: > 0 } reason)
        {
            yield return LabelledRow.DatedChange(L.RemovalReason, reason, person.RemovedOn, person.RemovalNotifiedOn);
        }
    }

    public static IEnumerable<LabelledRow> Domicile(CertificatePerson person, CertificatePrintedItems items)
    {
        if (items.RegisteredDomicile)
        {
            yield return LabelledRow.Wide(L.RegisteredDomicile, person.RegisteredDomicile);
            yield return LabelledRow.Wide(L.FamilyRegisterHead, person.FamilyRegisterHead);
        }
    }

    public static IEnumerable<LabelledRow> Codes(CertificatePerson person, CertificatePrintedItems items)
    {
        var code = items.ResidentRecordCode;
        var number = items.IndividualNumber && person.IndividualNumber is { Length: > 0 };
        if (code || number)
        {
            yield return LabelledRow.Pairs(
                code ? L.ResidentRecordCode : string.Empty,
                code ? person.ResidentRecordCode : null,
                number ? L.IndividualNumber : string.Empty,
                number ? person.IndividualNumber : null);
        }
    }

    public static IEnumerable<LabelledRow> ForeignResident(CertificatePerson person)
    {
        if (person.Nationality is not null || person.StatusOfResidence is not null || person.PeriodOfStayEndsOn is not null || person.ResidenceCardNumber is not null)
        {
            yield return LabelledRow.Pairs(L.Nationality, person.Nationality, L.StatusOfResidence, person.StatusOfResidence);
            yield return LabelledRow.Pairs(L.PeriodOfStayEndsOn, PrintedDate.Of(person.PeriodOfStayEndsOn), L.ResidenceCardNumber, person.ResidenceCardNumber);
        }
    }

    public static string FullName(CertificatePerson person) => Joined(person.FamilyName, person.GivenName);

    private static string Joined(string family, string given) => given.Length == 0 ? family : $"{family}\u3000{given}";
}
