namespace Tsunagi.Platform.Japanese;

/// <summary>Full-width digits (０-９) are accepted wherever a code is typed.</summary>
public static class JapaneseDigits
{
    public static string ToAscii(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c;
            }
        });
}
