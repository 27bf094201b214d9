namespace Tsunagi.Platform.Documents;

/// <summary>One element of a document's flow, laid out top to bottom on the baseline grid.</summary>
internal abstract record DocumentBlock;

internal sealed record TextBlock(string Text, TextStyle Style, HorizontalAlignment Alignment, int GridLines) : DocumentBlock;

internal sealed record TableBlock(DocumentTable Table) : DocumentBlock;

internal sealed record ImageBlock(byte[] Png, float Width, float Height, HorizontalAlignment Alignment, bool OverPreviousLine) : DocumentBlock;

internal sealed record SpaceBlock(int GridLines) : DocumentBlock;

internal sealed record PageBreakBlock : DocumentBlock;
