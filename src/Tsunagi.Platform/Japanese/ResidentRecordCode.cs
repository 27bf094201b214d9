using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tsunagi.Platform.Japanese;

/// <summary>
/// 住民票コード: ten digits and a check digit (住民基本台帳法施行規則 第1条). The formula (平成14年総務省告示第436号)
/// is unconfirmed here, so a mismatch is reported as <see cref="CheckDigitUnconfirmed"/> and never refuses the code.
/// </summary>
public readonly record struct ResidentRecordCode
{
    private ResidentRecordCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// True when the last digit differs from the 個人番号 formula applied to the first ten digits
    /// (weights 5,4,3,2,7,6,5,4,3,2). Show it as a warning asking staff to check the code.
    /// </summary>
    public bool CheckDigitUnconfirmed => ModulusElevenCheckDigit.For(Value.AsSpan(0, 10)) != Value[10] - '0';

    public override string ToString() => Value;

    /// <summary>Parses a code as typed: full-width digits, spaces and hyphens are accepted.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out ResidentRecordCode? code, out ResidentRecordCodeError error)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = ResidentRecordCodeError.Empty;
            return false;
        }

        var digits = TypedDigits.Clean(input);
        if (digits is not { Length: 11 })
        {
            error = ResidentRecordCodeError.NotElevenDigits;
            return false;
        }

        error = ResidentRecordCodeError.None;
        code = new ResidentRecordCode(digits);
        return true;
    }

    public static ResidentRecordCode Parse(string input) =>
        TryParse(input, out var code, out var error)
            ? code.Value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Invalid resident record code ({error})."));
}
