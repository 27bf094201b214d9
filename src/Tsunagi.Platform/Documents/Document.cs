namespace Tsunagi.Platform.Documents;

/// <summary>A document ready to render: built with <see cref="DocumentBuilder"/>, written by <see cref="PdfDocumentWriter"/>.</summary>
public sealed class Document
{
    internal Document(string title, IReadOnlyList<DocumentBlock> blocks)
    {
        Title = title;
        Blocks = blocks;
    }

    /// <summary>The PDF's title (document information), e.g. 住民票の写し.</summary>
    public string Title { get; }

    internal IReadOnlyList<DocumentBlock> Blocks { get; }
}
