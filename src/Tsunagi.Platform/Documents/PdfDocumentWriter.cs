using SkiaSharp;

namespace Tsunagi.Platform.Documents;

/// <summary>
/// Writes a <see cref="Document"/> as an A4 PDF with subset IPA fonts embedded (see docs/adr on document rendering).
/// Thread-safe; register as a singleton next to <see cref="DocumentFonts"/>.
/// </summary>
public sealed class PdfDocumentWriter(DocumentFonts fonts, TimeProvider time)
{
    private const string PageNumberCharacters = "0123456789 /";

    public RenderedDocument Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var images = DecodeImages(document);
        try
        {
            using var typefaces = new DocumentTypefaces(fonts, Texts(document));
            var pages = new Typesetter(typefaces).Layout(document);
            var now = time.GetUtcNow().UtcDateTime;
            var metadata = new SKDocumentPdfMetadata
            {
                Title = document.Title,
                Creator = "Tsunagi",
                Producer = "Tsunagi",
                Creation = now,
                Modified = now,
            };
            using (var pdf = SKDocument.CreatePdf(output, metadata))
            {
                foreach (var page in pages)
                {
                    PageRenderer.Draw(pdf.BeginPage(PageGeometry.Width, PageGeometry.Height), page, typefaces, images);
                    pdf.EndPage();
                }

                pdf.Close();
            }

            return new RenderedDocument(pages.Count, [.. typefaces.Unprintable]);
        }
        finally
        {
            foreach (var image in images.Values)
            {
                image.Dispose();
            }
        }
    }

    public byte[] Write(Document document, out RenderedDocument rendered)
    {
        using var stream = new MemoryStream();
        rendered = Write(document, stream);
        return stream.ToArray();
    }

    private static IEnumerable<(string Text, FontFace Face)> Texts(Document document)
    {
        yield return (PageNumberCharacters, FontFace.Mincho);
        foreach (var block in document.Blocks)
        {
            if (block is TextBlock text)
            {
                yield return (text.Text, text.Style.Face);
            }
            else if (block is TableBlock { Table: var table })
            {
                foreach (var header in table.Header)
                {
                    yield return (header, table.HeaderStyle.Face);
                }

                foreach (var cell in table.Rows.SelectMany(row => row))
                {
                    yield return (cell, table.CellStyle.Face);
                }
            }
        }
    }

    private static Dictionary<byte[], SKImage> DecodeImages(Document document)
    {
        var images = new Dictionary<byte[], SKImage>(ReferenceEqualityComparer.Instance);
        foreach (var block in document.Blocks.OfType<ImageBlock>())
        {
            if (!images.ContainsKey(block.Png))
            {
                images[block.Png] = SKImage.FromEncodedData(block.Png)
                    ?? throw new ArgumentException("帳票の画像（印影など）を読み込めません。PNG 形式か確認してください。 / A document image (such as the seal) is not a readable PNG.", nameof(document));
            }
        }

        return images;
    }
}
