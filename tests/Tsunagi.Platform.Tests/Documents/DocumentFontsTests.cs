using Tsunagi.Platform.Documents;

namespace Tsunagi.Platform.Tests.Documents;

public sealed class DocumentFontsTests
{
    [Fact]
    public void A_missing_font_file_is_named_with_its_package_in_japanese_and_english()
    {
        var paths = DocumentFontPaths.Debian with { IpamjMincho = "/nonexistent/ipamjm.ttf" };

        var error = Assert.Throws<DocumentFontMissingException>(() => new DocumentFonts(paths));

        Assert.Contains("/nonexistent/ipamjm.ttf", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-ipamj-mincho", error.Message, StringComparison.Ordinal);
        Assert.Contains("帳票用フォントがありません", error.Message, StringComparison.Ordinal);
        Assert.Contains("Document font missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FontFace.Mincho, "野", "IpaexMincho")]
    [InlineData(FontFace.Gothic, "野", "IpaexGothic")]
    [InlineData(FontFace.Mincho, "𠮷", "IpamjMincho")]
    [InlineData(FontFace.Gothic, "𠮷", "IpamjMincho")]
    public void Each_character_is_drawn_by_the_ipaex_face_asked_for_or_else_by_ipamj(FontFace face, string character, string expected)
    {
        Assert.Equal(expected, InstalledDocumentFonts.Instance.Choose(face, char.ConvertToUtf32(character, 0)).ToString());
    }
}
