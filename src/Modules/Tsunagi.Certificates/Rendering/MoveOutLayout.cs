using Tsunagi.Certificates.Content;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// 転出証明書: the present address, 転出先 and 転出予定年月日 in the header, then the persons moving with the items the
/// 住民基本台帳法施行令 第23条 lists (identity, 続柄, 本籍 and codes as asked, foreign-resident items).
/// </summary>
internal static class MoveOutLayout
{
    public static Document Build(CertificateContent content)
    {
        var header = CertificateHeader.For(content, [
            LabelledRow.Wide(PrintedLabels.MoveOutDestination, content.MoveOutDestination),
            LabelledRow.Wide(PrintedLabels.PlannedMoveOutOn, PrintedDate.Of(content.PlannedMoveOutOn)),
        ]);
        return new CertificatePages(header, new CertificateFooter(content), ResidentCopyLayout.HouseholdPersonsPerPage)
            .Build([.. content.Persons.Select(person => PersonBlock.Of(
                PersonRows.Identity(person, content.Items),
                PersonRows.Domicile(person, content.Items),
                PersonRows.Codes(person, content.Items),
                PersonRows.ForeignResident(person)))]);
    }
}
