using Tsunagi.Certificates.Content;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// 住民票の写し: 世帯連記式 with up to four persons a page, or 個人票 with one person a page. Each person prints
/// identity, residence history (住民となった年月日, 住所を定めた年月日, the last 異動 with its dates, 前住所), the items
/// asked for and, for a foreign resident, 国籍・地域 and the residence items.
/// </summary>
internal static class ResidentCopyLayout
{
    public const int HouseholdPersonsPerPage = 4;

    public static Document Build(CertificateContent content, int personsPerPage) =>
        new CertificatePages(CertificateHeader.For(content, []), new CertificateFooter(content), personsPerPage)
            .Build([.. content.Persons.Select(person => PersonBlock.Of(
                PersonRows.Identity(person, content.Items),
                PersonRows.Residence(person),
                PersonRows.Domicile(person, content.Items),
                PersonRows.Codes(person, content.Items),
                PersonRows.ForeignResident(person)))]);
}
