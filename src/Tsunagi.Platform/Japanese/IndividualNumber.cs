using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tsunagi.Platform.Japanese;

/// <summary>
/// 個人番号 (マイナンバー): eleven digits and a check digit. <see cref="ToString"/> gives the masked form so the
/// number does not leak into logs or messages by accident; <see cref="Value"/> is the full number.
/// </summary>
public readonly record struct IndividualNumber
{
    private IndividualNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>Only the last four digits shown: ********9018.</summary>
    public string Masked => string.Concat(new string('*', 8), Value.AsSpan(8));

    public override string ToString() => Masked;

    /// <summary>Parses a number as typed: full-width digits, spaces and hyphens are accepted.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out IndividualNumber? number, out IndividualNumberError error)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = IndividualNumberError.Empty;
            return false;
        }

        var digits = TypedDigits.Clean(input);
        if (digits is not { Length: 12 })
        {
            error = IndividualNumberError.NotTwelveDigits;
            return false;
        }

        if (ModulusElevenCheckDigit.For(digits.AsSpan(0, 11)) != digits[11] - '0')
        {
            error = IndividualNumberError.WrongCheckDigit;
            return false;
        }

        error = IndividualNumberError.None;
        number = new IndividualNumber(digits);
        return true;
    }

    public static IndividualNumber Parse(string input) =>
        TryParse(input, out var number, out var error)
            ? number.Value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Invalid individual number ({error})."));
}
