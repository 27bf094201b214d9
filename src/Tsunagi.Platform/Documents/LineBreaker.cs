using System.Text;

namespace Tsunagi.Platform.Documents;

/// <summary>
/// Breaks Japanese text character by character to fit a width, with basic 禁則処理 (JIS X 4051): a closing
/// bracket, 句読点, small kana or 長音 never starts a line and an opening bracket never ends one; the break moves
/// back a character instead (追い出し). "\n" is a forced break.
/// </summary>
internal static class LineBreaker
{
    private const string NoLineStart = "、。，．,.・：；:;？！?!‼ー―‐–〜～ゝゞヽヾ々〻）〕］｝〉》」』】〙〗〟)]}’”°′″℃％%ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
    private const string NoLineEnd = "（〔［｛〈《「『【〘〖〝([{‘“";

    public static List<string> Break(string text, float width, Func<Rune, float> advance)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            BreakParagraph(paragraph, width, advance, lines);
        }

        return lines;
    }

    private static void BreakParagraph(string paragraph, float width, Func<Rune, float> advance, List<string> lines)
    {
        var runes = paragraph.EnumerateRunes().ToList();
        var start = 0;
        while (start < runes.Count)
        {
            var end = start;
            var used = 0f;
            while (end < runes.Count && (end == start || used + advance(runes[end]) <= width))
            {
                used += advance(runes[end]);
                end++;
            }

            if (end < runes.Count)
            {
                end = Adjust(runes, start, end);
            }

            lines.Add(Join(runes, start, end));
            start = end;
        }

        if (runes.Count == 0)
        {
            lines.Add(string.Empty);
        }
    }

    private static int Adjust(List<Rune> runes, int start, int end)
    {
        var adjusted = end;
        while (adjusted - 1 > start && (Is(NoLineStart, runes[adjusted]) || Is(NoLineEnd, runes[adjusted - 1])))
        {
            adjusted--;
        }

        return adjusted;
    }

    private static bool Is(string set, Rune rune) => set.Contains(rune.ToString(), StringComparison.Ordinal);

    private static string Join(List<Rune> runes, int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            builder.Append(runes[i].ToString());
        }

        return builder.ToString();
    }
}
