using SkiaSharp;
using Tsunagi.Platform.Documents;
using UglyToad.PdfPig;

namespace Tsunagi.Platform.Tests.Documents;

public sealed class PageLayoutTests
{
    private static Document LongTable(int rows) =>
        new DocumentBuilder()
            .Title("世帯員一覧")
            .Table(new DocumentTable(
                [1, 3, 2],
                ["番号", "氏名", "住民となった年月日"],
                [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"{i}", $"𠮷野　太郎{i}", "令和　７年　４月　１日"])]))
            .Build();

    [Fact]
    public void A_table_longer_than_a_page_repeats_its_header_and_numbers_every_page()
    {
        var bytes = InstalledDocumentFonts.Writer().Write(LongTable(100), out var rendered);
        using var pdf = PdfDocument.Open(bytes);

        Assert.Equal(3, rendered.PageCount);
        Assert.Equal(3, pdf.NumberOfPages);
        for (var page = 1; page <= 3; page++)
        {
            var text = pdf.GetPage(page).Text;
            Assert.Contains("住民となった年月日", text, StringComparison.Ordinal);
            Assert.Contains($"{page} / 3", text, StringComparison.Ordinal);
        }

        Assert.Contains("𠮷野　太郎100", pdf.GetPage(3).Text, StringComparison.Ordinal);
        Assert.InRange(bytes.Length, 1, 3 * 150 * 1024);
    }

    [Fact]
    public void No_row_is_lost_or_printed_twice_across_page_breaks()
    {
        var bytes = InstalledDocumentFonts.Writer().Write(LongTable(100), out _);
        using var pdf = PdfDocument.Open(bytes);

        var all = string.Concat(pdf.GetPages().Select(p => p.Text));
        var printed = System.Text.RegularExpressions.Regex.Matches(all, "太郎([0-9]+)")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, 100), printed);
    }

    [Fact]
    public void Lines_of_text_sit_on_the_baseline_grid()
    {
        var bytes = InstalledDocumentFonts.Writer().Write(
            new DocumentBuilder().Title("証明書").Paragraph(new string('あ', 200)).RightAligned("令和　７年１１月２３日").Build(), out _);
        using var pdf = PdfDocument.Open(bytes);

        // The page number sits in the bottom margin, below the grid.
        var baselines = pdf.GetPage(1).Letters.Select(l => PageGeometry.Height - l.StartBaseLine.Y)
            .Where(y => y < PageGeometry.FooterBaseline - 1).Distinct().ToList();
        Assert.True(baselines.Count > 3);
        Assert.All(baselines, y =>
        {
            var offGrid = (y - PageGeometry.Margin + 4.5) % PageGeometry.GridPitch;
            Assert.True(Math.Min(offGrid, PageGeometry.GridPitch - offGrid) < 0.01, $"baseline {y} is off the grid");
        });
    }

    [Fact]
    public void A_seal_image_is_placed_on_the_page()
    {
        var bytes = InstalledDocumentFonts.Writer().Write(
            new DocumentBuilder().RightAligned("大槌町長　平野　公三").Seal(SealPng(), 60).Build(), out _);
        using var pdf = PdfDocument.Open(bytes);

        Assert.Single(pdf.GetPage(1).GetImages());
    }

    [Fact]
    public void An_image_that_is_not_a_png_is_refused_with_a_japanese_message()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            InstalledDocumentFonts.Writer().Write(new DocumentBuilder().Seal([1, 2, 3], 60).Build(), out _));

        Assert.Contains("印影", error.Message, StringComparison.Ordinal);
    }

    private static byte[] SealPng()
    {
        using var bitmap = new SKBitmap(64, 64);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red, Style = SKPaintStyle.Stroke, StrokeWidth = 4 };
            canvas.DrawRect(4, 4, 56, 56, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
