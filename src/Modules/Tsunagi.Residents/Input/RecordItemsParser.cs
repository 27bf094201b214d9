using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Input;

/// <summary>Parses the items of a record to change; empty items mean "not changed".</summary>
public static class RecordItemsParser
{
    /// <param name="path">Prefix of the field paths, e.g. <c>items.</c>.</param>
    public static AmendedItems Parse(RecordItemsInput input, string path, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        return new AmendedItems(
            FamilyName: reader.Text(input.FamilyName, path + "familyName", "Field.FamilyName", 50, required: false),
            GivenName: reader.Text(input.GivenName, path + "givenName", "Field.GivenName", 50, required: false),
            FamilyNameKana: Kana(input.FamilyNameKana, path + "familyNameKana", "Field.FamilyNameKana", reader),
            GivenNameKana: Kana(input.GivenNameKana, path + "givenNameKana", "Field.GivenNameKana", reader),
            FormerFamilyName: reader.Text(input.FormerFamilyName, path + "formerFamilyName", "Field.FormerFamilyName", 50, required: false),
            RecordFormerFamilyName: input.RecordFormerFamilyName,
            Sex: ParseSex(input.Sex, path, reader),
            RegisteredDomicile: reader.Text(input.RegisteredDomicile, path + "registeredDomicile", "Field.RegisteredDomicile", 200, required: false),
            FamilyRegisterHead: reader.Text(input.FamilyRegisterHead, path + "familyRegisterHead", "Field.FamilyRegisterHead", 100, required: false),
            Nationality: reader.Text(input.Nationality, path + "nationality", "Field.Nationality", 50, required: false),
            StatusOfResidence: reader.Text(input.StatusOfResidence, path + "statusOfResidence", "Field.StatusOfResidence", 50, required: false),
            PeriodOfStayEndsOn: reader.Date(input.PeriodOfStayEndsOn, path + "periodOfStayEndsOn", "Field.PeriodOfStayEndsOn", required: false),
            ResidenceCardNumber: reader.Text(input.ResidenceCardNumber, path + "residenceCardNumber", "Field.ResidenceCardNumber", 12, required: false)?.ToUpperInvariant());
    }

    private static string? Kana(string? value, string field, string label, InputReader reader) =>
        string.IsNullOrWhiteSpace(value) ? null : reader.Kana(value, field, label, 50);

    private static Sex? ParseSex(string? value, string path, InputReader reader)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "":
                return null;
            case "MALE" or "男" or "1":
                return Sex.Male;
            case "FEMALE" or "女" or "2":
                return Sex.Female;
            default:
                reader.Add(new FieldProblem(path + "sex", "Field.Sex", "Problem.UnknownSex"));
                return null;
        }
    }
}
