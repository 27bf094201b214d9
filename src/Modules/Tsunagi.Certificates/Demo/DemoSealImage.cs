using SkiaSharp;

namespace Tsunagi.Certificates.Demo;

/// <summary>
/// A generated red seal for a demo town: a double circle with the town's name and 「之印」 set in a square of characters,
/// as 職印 are laid out. Drawn, never copied: no real town's or person's seal is used.
/// </summary>
public static class DemoSealImage
{
    public const int Size = 240;

    public static byte[] Draw(string townName, string fontPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(townName);
        var red = new SKColor(0xC8, 0x1E, 0x1E);
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var ring = new SKPaint { Color = red, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 10 };
        canvas.DrawCircle(Size / 2f, Size / 2f, (Size / 2f) - 8, ring);
        ring.StrokeWidth = 3;
        canvas.DrawCircle(Size / 2f, Size / 2f, (Size / 2f) - 20, ring);

        // Characters read top to bottom, right column first: 大槌町長之印 → 大槌町 | 長之印.
        var text = townName + "長之印";
        var perColumn = (text.Length + 1) / 2;
        using var typeface = File.Exists(fontPath) ? SKTypeface.FromFile(fontPath) : SKTypeface.Default;
        var glyph = 150f / Math.Max(3, perColumn);
        using var font = new SKFont(typeface, glyph);
        using var ink = new SKPaint { Color = red, IsAntialias = true };
        for (var i = 0; i < text.Length; i++)
        {
            var column = i / perColumn;
            var row = i % perColumn;
            var x = column == 0 ? (Size / 2f) + 6 : (Size / 2f) - glyph - 6;
            var y = (Size / 2f) - (perColumn * glyph / 2f) + ((row + 1) * glyph) - (glyph * 0.12f);
            canvas.DrawText(text[i].ToString(), x, y, SKTextAlign.Left, font, ink);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
