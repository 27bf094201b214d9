using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Input;

/// <summary>Parses one person's items; problems are named by a path prefix such as <c>members[1].</c>.</summary>
public static class PersonParser
{
    public static ParsedPerson? Parse(PersonInput input, string path, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var familyName = reader.Text(input.FamilyName, path + "familyName", "Field.FamilyName", 50, required: true);
        var givenName = reader.Text(input.GivenName, path + "givenName", "Field.GivenName", 50, required: true);
        var familyKana = reader.Kana(input.FamilyNameKana, path + "familyNameKana", "Field.FamilyNameKana", 50);
        var givenKana = reader.Kana(input.GivenNameKana, path + "givenNameKana", "Field.GivenNameKana", 50);
        var former = reader.Text(input.FormerFamilyName, path + "formerFamilyName", "Field.FormerFamilyName", 50, required: false);
        var dateOfBirth = reader.Date(input.DateOfBirth, path + "dateOfBirth", "Field.DateOfBirth", required: true);
        var sex = ParseSex(input.Sex, path, reader);
        var relationship = reader.Text(input.Relationship, path + "relationship", "Field.Relationship", 20, required: true);
        if (relationship is not null && !Relationships.IsKnown(relationship))
        {
            reader.Add(new FieldProblem(path + "relationship", "Field.Relationship", "Problem.UnknownRelationship"));
            relationship = null;
        }

        var domicile = reader.Text(input.RegisteredDomicile, path + "registeredDomicile", "Field.RegisteredDomicile", 200, required: false);
        var registerHead = reader.Text(input.FamilyRegisterHead, path + "familyRegisterHead", "Field.FamilyRegisterHead", 100, required: false);
        var recordCode = ParseRecordCode(input.ResidentRecordCode, path, reader);
        var individualNumber = ParseIndividualNumber(input.IndividualNumber, path, reader);
        var foreign = ParseForeign(input, path, reader);
        if (familyName is null || givenName is null || familyKana is null || givenKana is null || dateOfBirth is null || sex is null || relationship is null)
        {
            return null;
        }

        return new ParsedPerson(
            new PersonName(familyName, givenName, familyKana, givenKana), former, dateOfBirth.Value, sex.Value, relationship,
            domicile, registerHead, recordCode, individualNumber, foreign);
    }

    private static Sex? ParseSex(string? value, string path, InputReader reader)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "MALE" or "男" or "1":
                return Sex.Male;
            case "FEMALE" or "女" or "2":
                return Sex.Female;
            default:
                reader.Add(new FieldProblem(path + "sex", "Field.Sex", "Problem.UnknownSex"));
                return null;
        }
    }

    private static string? ParseRecordCode(string? value, string path, InputReader reader)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!ResidentRecordCode.TryParse(value, out var code, out _))
        {
            reader.Add(new FieldProblem(path + "residentRecordCode", "Field.ResidentRecordCode", "Problem.ResidentRecordCodeFormat"));
            return null;
        }

        if (code.Value.CheckDigitUnconfirmed)
        {
            // The formula is unconfirmed (reference-jp.md): warn, never refuse.
            reader.Add(new FieldProblem(path + "residentRecordCode", "Field.ResidentRecordCode", "Problem.ResidentRecordCodeCheckDigit") { IsWarning = true });
        }

        return code.Value.Value;
    }

    private static IndividualNumber? ParseIndividualNumber(string? value, string path, InputReader reader)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!IndividualNumber.TryParse(value, out var number, out var error))
        {
            var problem = error == IndividualNumberError.WrongCheckDigit ? "Problem.IndividualNumberCheckDigit" : "Problem.IndividualNumberFormat";
            reader.Add(new FieldProblem(path + "individualNumber", "Field.IndividualNumber", problem));
            return null;
        }

        return number;
    }

    private static ForeignResidentItems? ParseForeign(PersonInput input, string path, InputReader reader)
    {
        var nationality = reader.Text(input.Nationality, path + "nationality", "Field.Nationality", 50, required: false);
        var status = reader.Text(input.StatusOfResidence, path + "statusOfResidence", "Field.StatusOfResidence", 50, required: false);
        var endsOn = reader.Date(input.PeriodOfStayEndsOn, path + "periodOfStayEndsOn", "Field.PeriodOfStayEndsOn", required: false);
        var card = reader.Text(input.ResidenceCardNumber, path + "residenceCardNumber", "Field.ResidenceCardNumber", 12, required: false);
        if (nationality is null && status is null && endsOn is null && card is null)
        {
            return null;
        }

        if (nationality is null || status is null)
        {
            reader.Add(new FieldProblem(path + (nationality is null ? "nationality" : "statusOfResidence"), nationality is null ? "Field.Nationality" : "Field.StatusOfResidence", "Problem.ForeignItemsIncomplete"));
            return null;
        }

        return new ForeignResidentItems(nationality, status, endsOn, card?.ToUpperInvariant());
    }
}
