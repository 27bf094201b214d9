using SkiaSharp;

namespace Tsunagi.Platform.Documents;

/// <summary>Draws the items the typesetter placed on one page.</summary>
internal static class PageRenderer
{
    private const float RuleWidth = 0.5f;

    public static void Draw(SKCanvas canvas, List<PageItem> items, DocumentTypefaces typefaces, Dictionary<byte[], SKImage> images)
    {
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var rule = new SKPaint { Color = SKColors.Black, StrokeWidth = RuleWidth, Style = SKPaintStyle.Stroke };
        foreach (var item in items)
        {
            switch (item)
            {
                case TextItem text:
                    typefaces.Draw(canvas, text.Text, text.X, text.Baseline, text.Style, ink);
                    break;
                case RuleItem line:
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, rule);
                    break;
                case ImageItem image:
                    canvas.DrawImage(images[image.Png], SKRect.Create(image.X, image.Y, image.Width, image.Height), new SKSamplingOptions(SKFilterMode.Linear), ink);
                    break;
            }
        }
    }
}
