using Tsunagi.Platform.Documents;

namespace Tsunagi.Platform.Tests.Documents;

/// <summary>The IPA fonts scripts/ensure-deps.sh installs, opened once for every test (as the host keeps one instance).</summary>
internal static class InstalledDocumentFonts
{
    private static readonly Lazy<DocumentFonts> Fonts = new(() => new DocumentFonts(DocumentFontPaths.Debian));

    public static DocumentFonts Instance => Fonts.Value;

    public static PdfDocumentWriter Writer() =>
        new(Instance, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 11, 23, 1, 0, 0, TimeSpan.Zero)));
}
