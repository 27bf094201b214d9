using Microsoft.Extensions.Time.Testing;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Rendering;
using Tsunagi.Platform.Documents;
using UglyToad.PdfPig;

namespace Tsunagi.Certificates.Tests.Rendering;

/// <summary>A certificate rendered with the installed IPA fonts and read back with PdfPig: bytes, result and text per page.</summary>
internal sealed record RenderedPdf(byte[] Bytes, RenderedCertificate Result, IReadOnlyList<string> Pages, string? Title, int ImagesOnLastPage)
{
    private static readonly Lazy<DocumentFonts> Fonts = new(() => new DocumentFonts(DocumentFontPaths.Debian));

    public static CertificateRenderer Renderer { get; } =
        new(new PdfDocumentWriter(Fonts.Value, new FakeTimeProvider(new DateTimeOffset(2025, 11, 23, 1, 0, 0, TimeSpan.Zero))));

    public string AllText => string.Concat(Pages);

    public static RenderedPdf Of(CertificateContent content)
    {
        using var stream = new MemoryStream();
        var result = Renderer.Render(content, stream);
        var bytes = stream.ToArray();
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(page => page.Text).ToList();
        return new RenderedPdf(bytes, result, pages, pdf.Information.Title, pdf.GetPage(pdf.NumberOfPages).GetImages().Count());
    }

    public static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
