namespace Tsunagi.Counter.Domain.Cases;

/// <summary>The identity documents by their Japanese names and API names.</summary>
public static class IdentityDocumentNames
{
    private static readonly (IdentityDocument Document, string Ja, string Api)[] All =
    [
        (IdentityDocument.IndividualNumberCard, "マイナンバーカード", "individual-number-card"),
        (IdentityDocument.DriversLicence, "運転免許証", "drivers-licence"),
        (IdentityDocument.ResidenceCard, "在留カード", "residence-card"),
        (IdentityDocument.Passport, "パスポート", "passport"),
        (IdentityDocument.Other, "その他", "other"),
    ];

    public static IEnumerable<IdentityDocument> Documents => All.Select(e => e.Document);

    public static string Ja(IdentityDocument document) => All.First(e => e.Document == document).Ja;

    public static string Api(IdentityDocument document) => All.First(e => e.Document == document).Api;

    public static IdentityDocument? Parse(string? text)
    {
        var value = text?.Trim();
        foreach (var entry in All)
        {
            if (string.Equals(value, entry.Api, StringComparison.OrdinalIgnoreCase) || value == entry.Ja || string.Equals(value, entry.Document.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return entry.Document;
            }
        }

        return null;
    }
}
