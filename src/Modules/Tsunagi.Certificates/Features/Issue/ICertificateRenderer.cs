using Tsunagi.Certificates.Content;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// Lays out a certificate's content as a PDF: the page count and the characters no font has. The shape of
/// <c>Rendering/CertificateRenderer.Render</c>; <see cref="PlainCertificateRenderer"/> serves until that renderer is merged.
/// </summary>
internal interface ICertificateRenderer
{
    RenderedDocument Render(CertificateContent content, Stream output);
}
