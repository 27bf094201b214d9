namespace Tsunagi.Platform.Documents;

/// <summary>A4 portrait in PDF points (1/72 inch) and the baseline grid every line sits on.</summary>
public static class PageGeometry
{
    public const float Width = 595f;
    public const float Height = 842f;
    public const float Margin = 56f;
    public const float TextWidth = Width - (2 * Margin);

    /// <summary>18 pt: 10.5 pt type with comfortable leading; every block is a whole number of these.</summary>
    public const float GridPitch = 18f;

    /// <summary>Grid lines on a page between the top margin and the footer.</summary>
    public const int GridLines = (int)((Height - (2 * Margin)) / GridPitch);

    /// <summary>Baseline of the page number 「1 / 2」.</summary>
    public const float FooterBaseline = Height - (Margin / 2);
}
