namespace Tsunagi.Platform.Japanese;

/// <summary>
/// The check digit of 個人番号 (個人番号省令 第5条): 11 − (Σ Pn×Qn mod 11), or 0 when the remainder is 0 or 1.
/// Pn is the n-th digit from the right; Qn = n + 1 for n ≤ 6 and n − 5 above.
/// </summary>
public static class ModulusElevenCheckDigit
{
    public static int Remainder(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var n = 1; n <= digits.Length; n++)
        {
            var p = digits[^n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }

        return sum % 11;
    }

    public static int For(ReadOnlySpan<char> digits)
    {
        var remainder = Remainder(digits);
        return remainder <= 1 ? 0 : 11 - remainder;
    }
}
