namespace Tsunagi.Residents.Input;

/// <summary>Renames the domain's item fields (<c>nationality</c>) to where a request carried them (<c>items.nationality</c>).</summary>
public static class RecordItemPaths
{
    private static readonly string[] Fields =
        ["familyName", "givenName", "familyNameKana", "givenNameKana", "formerFamilyName", "recordFormerFamilyName", "sex", "registeredDomicile",
         "familyRegisterHead", "nationality", "statusOfResidence", "periodOfStayEndsOn", "residenceCardNumber", "items"];

    public static (string From, string To)[] Under(string prefix) =>
        [.. Fields.Select(f => (f, f == "items" ? "items" : prefix + f))];
}
