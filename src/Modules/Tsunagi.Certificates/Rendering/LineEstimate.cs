using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// How many grid lines a cell or paragraph takes, estimated on the safe side so pages are planned before the writer
/// lays them out: a full-width character is one em, anything else 0.62 em (IPAex Latin is proportional and narrower).
/// </summary>
internal static class LineEstimate
{
    private const float CellPadding = 8f;
    private const float NarrowEm = 0.62f;

    public static int Lines(string text, float cellWidth, float size = 10.5f) =>
        Paragraph(text, cellWidth - CellPadding, size);

    public static int Paragraph(string text, float width = PageGeometry.TextWidth, float size = 10.5f) =>
        text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(Ems(part) * size / width)));

    private static float Ems(string text) =>
        text.EnumerateRunes().Sum(rune => rune.Value < 0x2000 || rune.Value is >= 0xFF61 and <= 0xFF9F ? NarrowEm : 1f);
}
