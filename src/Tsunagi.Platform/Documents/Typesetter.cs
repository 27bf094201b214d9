using static Tsunagi.Platform.Documents.PageGeometry;

namespace Tsunagi.Platform.Documents;

/// <summary>Places a document's blocks on A4 pages: every text line on the baseline grid, page numbers last.</summary>
internal sealed class Typesetter(DocumentTypefaces typefaces)
{
    private const float BaselineRaise = 4.5f;
    private static readonly TextStyle PageNumberStyle = TextStyle.Small;
    private readonly List<List<PageItem>> pages = [[]];
    private int line;
    private (float Right, float Baseline, float Size)? lastLine;

    public static string PageNumber(int page, int count) => $"{page} / {count}";

    public List<List<PageItem>> Layout(Document document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    PlaceText(text);
                    break;
                case TableBlock table:
                    new TablePlacer(this, table.Table).Place();
                    break;
                case ImageBlock image:
                    PlaceImage(image);
                    break;
                case SpaceBlock space:
                    line = Math.Min(line + space.GridLines, GridLines);
                    break;
                case PageBreakBlock:
                    NewPage();
                    break;
            }
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var number = PageNumber(i + 1, pages.Count);
            pages[i].Add(new TextItem(number, (Width - typefaces.Measure(number, PageNumberStyle)) / 2, FooterBaseline, PageNumberStyle));
        }

        return pages;
    }

    internal DocumentTypefaces Typefaces => typefaces;

    internal int Line => line;

    internal static float Top(int gridLine) => Margin + (gridLine * GridPitch);

    internal static float Baseline(int gridLine) => Top(gridLine + 1) - BaselineRaise;

    /// <summary>Starts a new page unless <paramref name="lines"/> grid lines still fit on this one.</summary>
    internal void Need(int lines)
    {
        if (line + lines > GridLines && line > 0)
        {
            NewPage();
        }
    }

    internal void Add(PageItem item) => pages[^1].Add(item);

    internal void Advance(int lines) => line += lines;

    internal List<string> Wrap(string text, float width, TextStyle style) =>
        LineBreaker.Break(text, width, rune => typefaces.Advance(rune, style));

    private void NewPage()
    {
        pages.Add([]);
        line = 0;
        lastLine = null;
    }

    private void PlaceText(TextBlock block)
    {
        foreach (var text in Wrap(block.Text, TextWidth, block.Style))
        {
            Need(block.GridLines);
            var width = typefaces.Measure(text, block.Style);
            var x = block.Alignment switch
            {
                HorizontalAlignment.Center => Margin + ((TextWidth - width) / 2),
                HorizontalAlignment.Right => Margin + TextWidth - width,
                _ => Margin,
            };
            var baseline = Baseline(line + block.GridLines - 1);
            Add(new TextItem(text, x, baseline, block.Style));
            lastLine = (x + width, baseline, block.Style.Size);
            line += block.GridLines;
        }
    }

    private void PlaceImage(ImageBlock block)
    {
        if (block.OverPreviousLine && lastLine is { } previous)
        {
            var centreX = previous.Right - (previous.Size / 2);
            var centreY = previous.Baseline - (previous.Size * 0.35f);
            Add(new ImageItem(block.Png, centreX - (block.Width / 2), centreY - (block.Height / 2), block.Width, block.Height));
            return;
        }

        var lines = (int)Math.Ceiling(block.Height / GridPitch);
        Need(lines);
        var x = block.Alignment switch
        {
            HorizontalAlignment.Center => Margin + ((TextWidth - block.Width) / 2),
            HorizontalAlignment.Right => Margin + TextWidth - block.Width,
            _ => Margin,
        };
        Add(new ImageItem(block.Png, x, Top(line), block.Width, block.Height));
        line += lines;
    }
}
