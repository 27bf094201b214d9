namespace Tsunagi.Platform.Japanese;

/// <summary>Reduces a number as typed at a counter (full-width digits, spaces, hyphens) to its ASCII digits.</summary>
public static class TypedDigits
{
    // Hyphen-like characters staff type between digit groups: ASCII, full-width, minus sign, dashes, 長音符.
    private const string Separators = "-－−‐‑–—―ー ";

    /// <summary>Returns the digits, or null when anything other than digits and separators was typed.</summary>
    public static string? Clean(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var ascii = JapaneseDigits.ToAscii(input);
        var digits = new System.Text.StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (!char.IsWhiteSpace(c) && !Separators.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return digits.ToString();
    }
}
