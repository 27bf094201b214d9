using Tsunagi.Certificates.Content;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>除票の写し: a 個人票 with the 消除事由 and its 異動年月日 and 届出年月日 under the residence history.</summary>
internal static class RemovedRecordLayout
{
    public static Document Build(CertificateContent content) =>
        new CertificatePages(CertificateHeader.For(content, []), new CertificateFooter(content), personsPerPage: 1)
            .Build([.. content.Persons.Select(person => PersonBlock.Of(
                PersonRows.Identity(person, content.Items),
                PersonRows.Residence(person),
                PersonRows.Removal(person),
                PersonRows.Domicile(person, content.Items),
                PersonRows.Codes(person, content.Items),
                PersonRows.ForeignResident(person)))]);
}
