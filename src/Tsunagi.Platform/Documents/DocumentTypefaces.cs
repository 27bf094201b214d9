using System.Text;
using SkiaSharp;

namespace Tsunagi.Platform.Documents;

/// <summary>
/// The subset fonts of one document: every code point the document prints, grouped by the font that draws it,
/// cut from the installed fonts and loaded into Skia. Measures and draws text, switching font per character.
/// </summary>
internal sealed class DocumentTypefaces : IDisposable
{
    private const float MeasureSize = 1000f;
    private readonly DocumentFonts fonts;
    private readonly Dictionary<EmbeddedFont, SKTypeface> typefaces = [];
    private readonly Dictionary<EmbeddedFont, SKFont> measuring = [];
    private readonly Dictionary<(EmbeddedFont, int), float> advances = [];

    public DocumentTypefaces(DocumentFonts fonts, IEnumerable<(string Text, FontFace Face)> texts)
    {
        this.fonts = fonts;
        var used = new Dictionary<EmbeddedFont, SortedSet<int>>();
        foreach (var (text, face) in texts)
        {
            foreach (var rune in Printable(text))
            {
                var font = fonts.Choose(face, rune.Value);
                if (!used.TryGetValue(font, out var set))
                {
                    used[font] = set = [];
                }

                set.Add(rune.Value);
                if (!fonts.CanPrint(rune.Value))
                {
                    Unprintable.Add(rune.ToString());
                }
            }
        }

        foreach (var (font, codePoints) in used)
        {
            using var data = SKData.CreateCopy(fonts.Subset(font, codePoints));
            var typeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException("Skia could not load a subset document font.");
            typefaces[font] = typeface;
            measuring[font] = Unhinted(new SKFont(typeface, MeasureSize));
        }
    }

    /// <summary>Characters no installed font has; they print as a missing-glyph box.</summary>
    public SortedSet<string> Unprintable { get; } = new(StringComparer.Ordinal);

    /// <summary>The characters that are drawn: variation selectors and control characters are not (the base character prints).</summary>
    public static IEnumerable<Rune> Printable(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsControl(rune) && !IsVariationSelector(rune.Value))
            {
                yield return rune;
            }
        }
    }

    public float Advance(Rune rune, TextStyle style)
    {
        var font = fonts.Choose(style.Face, rune.Value);
        if (!advances.TryGetValue((font, rune.Value), out var advance))
        {
            advance = measuring[font].MeasureText(rune.ToString());
            advances[(font, rune.Value)] = advance;
        }

        return advance * style.Size / MeasureSize;
    }

    public float Measure(string text, TextStyle style) => Printable(text).Sum(rune => Advance(rune, style));

    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKPaint paint)
    {
        var run = new StringBuilder();
        EmbeddedFont? runFont = null;
        foreach (var rune in Printable(text))
        {
            var font = fonts.Choose(style.Face, rune.Value);
            if (runFont is { } current && current != font)
            {
                x = DrawRun(canvas, run, current, x, baseline, style, paint);
            }

            runFont = font;
            run.Append(rune.ToString());
        }

        if (runFont is { } last)
        {
            DrawRun(canvas, run, last, x, baseline, style, paint);
        }
    }

    private float DrawRun(SKCanvas canvas, StringBuilder run, EmbeddedFont font, float x, float baseline, TextStyle style, SKPaint paint)
    {
        var text = run.ToString();
        run.Clear();
        using var skFont = Unhinted(new SKFont(typefaces[font], style.Size));
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, skFont, paint);
        return x + Measure(text, style);
    }

    // A PDF keeps outlines, not pixels: hinting would only run FreeType's auto-hinter on every glyph for nothing
    // (it was the largest single cost of a certificate), and linear advances are what a printer uses.
    private static SKFont Unhinted(SKFont font)
    {
        font.Hinting = SKFontHinting.None;
        font.LinearMetrics = true;
        font.Subpixel = true;
        return font;
    }

    private static bool IsVariationSelector(int codePoint) =>
        codePoint is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    public void Dispose()
    {
        foreach (var font in measuring.Values)
        {
            font.Dispose();
        }

        foreach (var typeface in typefaces.Values)
        {
            typeface.Dispose();
        }
    }
}
