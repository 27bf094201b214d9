using System.Text;
using Tsunagi.Platform.Documents;
using UglyToad.PdfPig;

namespace Tsunagi.Platform.Tests.Documents;

public sealed class PdfTextRoundTripTests
{
    private static byte[] Certificate(out RenderedDocument rendered) =>
        InstalledDocumentFonts.Writer().Write(
            new DocumentBuilder()
                .Title("住民票の写し")
                .Paragraph("氏名　𠮷野　太郎")
                .Paragraph("世帯主　髙橋　花子（高橋とは別の字）")
                .Table(new DocumentTable([1, 3, 2], ["続柄", "氏名", "生年月日"], [["世帯主", "髙橋　花子", "昭和５０年　４月　１日"], ["子", "𠮷野　一郎", "平成　元年　１月　８日"]]))
                .RightAligned("令和　７年１１月２３日")
                .Build(),
            out rendered);

    [Fact]
    public void Names_extracted_from_the_pdf_are_the_stored_unicode()
    {
        using var pdf = PdfDocument.Open(Certificate(out _));
        var text = pdf.GetPage(1).Text;

        Assert.Contains("𠮷野", text, StringComparison.Ordinal);
        Assert.Contains("髙橋", text, StringComparison.Ordinal);
        Assert.Contains("高橋", text, StringComparison.Ordinal);
        Assert.Contains("住民票の写し", text, StringComparison.Ordinal);
        Assert.Contains("令和７年１１月２３日", text.Replace("\u3000", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void No_character_comes_back_as_a_cjk_radical_or_a_private_use_code_point()
    {
        using var pdf = PdfDocument.Open(Certificate(out _));

        var substitutes = pdf.GetPage(1).Text.EnumerateRunes()
            .Where(rune => rune.Value is (>= 0x2E80 and <= 0x2FDF) or (>= 0xE000 and <= 0xF8FF) or (>= 0xF0000))
            .Select(rune => rune.ToString());

        Assert.Empty(substitutes);
    }

    [Fact]
    public void A_character_ipaex_lacks_is_drawn_with_ipamj_and_the_rest_with_ipaex()
    {
        using var pdf = PdfDocument.Open(Certificate(out var rendered));
        var letters = pdf.GetPage(1).Letters;

        Assert.All(letters.Where(l => l.Value == "𠮷"), l => Assert.Contains("IPAmjMincho", l.FontName, StringComparison.Ordinal));
        Assert.All(letters.Where(l => l.Value is "野" or "髙"), l => Assert.Contains("IPAexMincho", l.FontName, StringComparison.Ordinal));
        Assert.Contains(letters, l => l.Value == "𠮷");
        Assert.Empty(rendered.UnprintableCharacters);
    }

    [Fact]
    public void Embedded_fonts_are_subsets_and_a_page_stays_under_150_kilobytes()
    {
        var bytes = Certificate(out _);
        using var pdf = PdfDocument.Open(bytes);

        var fontNames = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(3, fontNames.Count);
        Assert.All(fontNames, name => Assert.Matches("^[A-Z]{6}\\+IPA(ex|mj)(Mincho|Gothic)$", name));
        // IPAmj明朝 alone is 46 MB and IPAex明朝 8 MB: a file this small can only hold subsets.
        Assert.InRange(bytes.Length, 1, 150 * 1024);
    }

    [Fact]
    public void Variation_selectors_print_the_base_character_and_unknown_characters_are_reported()
    {
        var bytes = InstalledDocumentFonts.Writer().Write(
            new DocumentBuilder().Paragraph("葛\U000E0100城　" + char.ConvertFromUtf32(0x10FFFD)).Build(), out var rendered);
        using var pdf = PdfDocument.Open(bytes);

        Assert.Contains("葛城", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Equal([char.ConvertFromUtf32(0x10FFFD)], rendered.UnprintableCharacters);
    }

    [Fact]
    public void The_pdf_is_a4_portrait_with_the_title_in_its_information()
    {
        using var pdf = PdfDocument.Open(Certificate(out var rendered));

        Assert.Equal(1, rendered.PageCount);
        Assert.Equal(595, pdf.GetPage(1).Width, 0.5);
        Assert.Equal(842, pdf.GetPage(1).Height, 0.5);
        Assert.Equal("住民票の写し", pdf.Information.Title);
        Assert.True(Encoding.ASCII.GetString(Certificate(out _), 0, 5) == "%PDF-");
    }
}
