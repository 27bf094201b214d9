namespace Tsunagi.Platform.Documents;

/// <summary>
/// Builds an A4 portrait document from a few kinds of block. Everything sits on a fixed baseline grid
/// (<see cref="PageGeometry.GridPitch"/>), so lines of neighbouring columns and pages line up.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly List<DocumentBlock> blocks = [];
    private string pdfTitle = string.Empty;

    /// <summary>A centred heading in ゴシック 16 pt, two grid lines high, followed by one empty grid line.</summary>
    public DocumentBuilder Title(string text)
    {
        if (pdfTitle.Length == 0)
        {
            pdfTitle = text;
        }

        blocks.Add(new TextBlock(text, TextStyle.Heading, HorizontalAlignment.Center, 2));
        blocks.Add(new SpaceBlock(1));
        return this;
    }

    /// <summary>Text wrapped to the text width with 禁則 (。、」 never start a line, 「（ never end one); "\n" breaks a line.</summary>
    public DocumentBuilder Paragraph(string text, TextStyle? style = null, HorizontalAlignment alignment = HorizontalAlignment.Left)
    {
        blocks.Add(new TextBlock(text, style ?? TextStyle.Body, alignment, 1));
        return this;
    }

    /// <summary>A line set flush right, as the issue date and the mayor's name on a certificate.</summary>
    public DocumentBuilder RightAligned(string text, TextStyle? style = null) =>
        Paragraph(text, style, HorizontalAlignment.Right);

    public DocumentBuilder Table(DocumentTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        blocks.Add(new TableBlock(table));
        return this;
    }

    /// <summary>A PNG image in the flow, taking whole grid lines.</summary>
    public DocumentBuilder Image(byte[] png, float width, float height, HorizontalAlignment alignment = HorizontalAlignment.Left)
    {
        blocks.Add(new ImageBlock(png, width, height, alignment, OverPreviousLine: false));
        return this;
    }

    /// <summary>A seal (公印) image of <paramref name="size"/> points centred over the end of the previous line, as it is stamped over the last character of the mayor's name.</summary>
    public DocumentBuilder Seal(byte[] png, float size)
    {
        blocks.Add(new ImageBlock(png, size, size, HorizontalAlignment.Right, OverPreviousLine: true));
        return this;
    }

    public DocumentBuilder Space(int gridLines = 1)
    {
        blocks.Add(new SpaceBlock(gridLines));
        return this;
    }

    public DocumentBuilder PageBreak()
    {
        blocks.Add(new PageBreakBlock());
        return this;
    }

    public Document Build() => new(pdfTitle, [.. blocks]);
}
