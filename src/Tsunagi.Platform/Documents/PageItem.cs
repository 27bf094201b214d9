namespace Tsunagi.Platform.Documents;

/// <summary>Something placed on a page by the typesetter, in points from the top left corner.</summary>
internal abstract record PageItem;

internal sealed record TextItem(string Text, float X, float Baseline, TextStyle Style) : PageItem;

internal sealed record RuleItem(float X1, float Y1, float X2, float Y2) : PageItem;

internal sealed record ImageItem(byte[] Png, float X, float Y, float Width, float Height) : PageItem;
