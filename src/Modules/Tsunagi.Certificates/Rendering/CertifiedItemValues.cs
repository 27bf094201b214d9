using Tsunagi.Certificates.Content;
using L = Tsunagi.Certificates.Rendering.PrintedLabels;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// The label and value of each item a 住民票記載事項証明書 can certify, by the register's item names (RecordItems in
/// the Residents module). 「address」 prints in the header; 本籍 and 筆頭者 take a whole row.
/// </summary>
internal static class CertifiedItemValues
{
    public const string Address = "address";

    public static (string Label, string Value, bool Wide) Of(string item, CertificatePerson person) => item switch
    {
        "name" => (L.Name, PersonRows.FullName(person), false),
        "nameKana" => (L.NameKana, $"{person.FamilyNameKana}\u3000{person.GivenNameKana}".Trim('\u3000'), false),
        "formerFamilyName" => (L.FormerFamilyName, person.FormerFamilyName ?? string.Empty, false),
        "dateOfBirth" => (L.DateOfBirth, PrintedDate.Of(person.DateOfBirth), false),
        "sex" => (L.Sex, person.Sex, false),
        "registeredDomicile" => (L.RegisteredDomicile, person.RegisteredDomicile ?? string.Empty, true),
        "familyRegisterHead" => (L.FamilyRegisterHead, person.FamilyRegisterHead ?? string.Empty, true),
        "nationality" => (L.Nationality, person.Nationality ?? string.Empty, false),
        "statusOfResidence" => (L.StatusOfResidence, person.StatusOfResidence ?? string.Empty, false),
        "periodOfStay" => (L.PeriodOfStayEndsOn, PrintedDate.Of(person.PeriodOfStayEndsOn), false),
        "residenceCardNumber" => (L.ResidenceCardNumber, person.ResidenceCardNumber ?? string.Empty, false),
        _ => throw Unknown(item),
    };

    public static bool IsKnown(string item) =>
        item is Address or "name" or "nameKana" or "formerFamilyName" or "dateOfBirth" or "sex" or "registeredDomicile"
            or "familyRegisterHead" or "nationality" or "statusOfResidence" or "periodOfStay" or "residenceCardNumber";

    public static ArgumentException Unknown(string item) =>
        new($"証明する記載事項の名前が不明です：{item} / Unknown certified item name: {item}", nameof(item));
}
