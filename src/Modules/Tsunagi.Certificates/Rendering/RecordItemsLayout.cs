using Tsunagi.Certificates.Content;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// 住民票記載事項証明書: for each person the name and the certified items only, two to a row in the order asked,
/// then 続柄 and the codes when asked, under the wording 「上記の事項は住民票の記載事項と相違ないことを証明する。」.
/// </summary>
internal static class RecordItemsLayout
{
    public static Document Build(CertificateContent content)
    {
        if (content.CertifiedItems.FirstOrDefault(item => !CertifiedItemValues.IsKnown(item)) is { } unknown)
        {
            throw CertifiedItemValues.Unknown(unknown);
        }

        return new CertificatePages(CertificateHeader.For(content, []), new CertificateFooter(content), ResidentCopyLayout.HouseholdPersonsPerPage)
            .Build([.. content.Persons.Select(person => new PersonBlock(Rows(content, person)))]);
    }

    private static List<LabelledRow> Rows(CertificateContent content, CertificatePerson person)
    {
        var items = content.CertifiedItems.Where(item => item is not CertifiedItemValues.Address and not "name").Distinct(StringComparer.Ordinal);
        var values = items.Select(item => CertifiedItemValues.Of(item, person)).ToList();
        List<(string Label, string Value)> pairs = [(PrintedLabels.Name, PersonRows.FullName(person))];
        pairs.AddRange(values.Where(value => !value.Wide).Select(value => (value.Label, value.Value)));
        if (content.Items.HouseholdHeadAndRelationship)
        {
            pairs.Add((PrintedLabels.Relationship, person.Relationship ?? string.Empty));
        }

        List<LabelledRow> rows = [.. pairs.Chunk(2).Select(two => two.Length == 2
            ? LabelledRow.Pairs(two[0].Label, two[0].Value, two[1].Label, two[1].Value)
            : LabelledRow.Pairs(two[0].Label, two[0].Value, string.Empty, null))];
        rows.AddRange(values.Where(value => value.Wide).Select(value => LabelledRow.Wide(value.Label, value.Value)));
        rows.AddRange(PersonRows.Codes(person, content.Items));
        return rows;
    }
}
