using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tenancy;

/// <summary>全国地方公共団体コード: five digits and a check digit (S = 6a+5b+4c+3d+2e, (11 − S mod 11) mod 10).</summary>
public readonly record struct LocalGovernmentCode
{
    private LocalGovernmentCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static int CheckDigitFor(ReadOnlySpan<char> firstFive)
    {
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (firstFive[i] - '0') * (6 - i);
        }

        return (11 - (sum % 11)) % 10;
    }

    /// <summary>Parses a code, accepting full-width digits; returns the reason in <paramref name="error"/> when invalid.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out LocalGovernmentCode? code, out LocalGovernmentCodeError error)
    {
        code = null;
        var text = JapaneseDigits.ToAscii(input?.Trim() ?? string.Empty);
        if (text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            error = LocalGovernmentCodeError.NotSixDigits;
            return false;
        }

        if (CheckDigitFor(text.AsSpan(0, 5)) != text[5] - '0')
        {
            error = LocalGovernmentCodeError.WrongCheckDigit;
            return false;
        }

        error = LocalGovernmentCodeError.None;
        code = new LocalGovernmentCode(text);
        return true;
    }

    public static LocalGovernmentCode Parse(string input) =>
        TryParse(input, out var code, out var error)
            ? code.Value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Invalid local government code ({error})."));
}
