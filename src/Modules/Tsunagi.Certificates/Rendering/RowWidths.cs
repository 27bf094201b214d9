using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// Column widths in points (they add up to the text width). A label column takes 「住所を定めた年月日」 in 10.5 pt; a
/// value column takes a padded 和暦 date 「令和　７年１１月２３日」 (11 characters) on one line.
/// </summary>
internal static class RowWidths
{
    public const float Label = 114f;
    public const float Value = (PageGeometry.TextWidth - (2 * Label)) / 2;

    public static IReadOnlyList<float> OnePair { get; } = [Label, PageGeometry.TextWidth - Label];

    public static IReadOnlyList<float> TwoPairs { get; } = [Label, Value, Label, Value];

    /// <summary>異動事由 | 転入 | 異動年月日 | date | 届出年月日 | date.</summary>
    public static IReadOnlyList<float> DatedChange { get; } = [50f, 65f, 60.5f, 123.5f, 60.5f, 123.5f];
}
