using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// Renders a certificate's content as an A4 PDF in the layout of the real document (see
/// docs/modules/certificates-rendering.md). Adds only layout: every value printed comes from the content. Stateless
/// and thread-safe; registered as a singleton.
/// </summary>
public sealed class CertificateRenderer(PdfDocumentWriter writer)
{
    public RenderedCertificate Render(CertificateContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        if (content.Persons.Count == 0)
        {
            throw new ArgumentException("証明書に記載する人がいません。 / A certificate needs at least one person.", nameof(content));
        }

        var document = content.Type switch
        {
            CertificateType.ResidentCopyHousehold => ResidentCopyLayout.Build(content, ResidentCopyLayout.HouseholdPersonsPerPage),
            CertificateType.ResidentCopyIndividual => ResidentCopyLayout.Build(content, personsPerPage: 1),
            CertificateType.RecordItemsCertificate => RecordItemsLayout.Build(content),
            CertificateType.RemovedRecordCopy => RemovedRecordLayout.Build(content),
            CertificateType.MoveOutCertificate => MoveOutLayout.Build(content),
            _ => throw new ArgumentOutOfRangeException(nameof(content), content.Type, "証明書の種類が不明です。 / Unknown certificate type."),
        };
        var rendered = writer.Write(document, output);
        return new RenderedCertificate(rendered.PageCount, rendered.UnprintableCharacters);
    }
}
