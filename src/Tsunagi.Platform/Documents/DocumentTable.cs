namespace Tsunagi.Platform.Documents;

/// <summary>
/// A ruled table: column widths are shares of the text width (e.g. 1, 3, 2); cells wrap character by character
/// with 禁則; the header row is repeated on every page the table continues on. A row is never split across pages.
/// </summary>
public sealed record DocumentTable(IReadOnlyList<float> ColumnWidths, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public TextStyle HeaderStyle { get; init; } = new(FontFace.Gothic, 10.5f);

    public TextStyle CellStyle { get; init; } = TextStyle.Body;
}
