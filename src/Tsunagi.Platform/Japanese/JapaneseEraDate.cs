using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tsunagi.Platform.Japanese;

/// <summary>
/// 和暦 / 西暦 dates as staff type them: <c>2025-11-23</c> (or / and 年月日), <c>R7.11.23</c> (M/T/S/H/R,
/// JIS X 0301), <c>令和7年11月23日</c> with 元年; full-width digits, letters and punctuation accepted.
/// </summary>
public static partial class JapaneseEraDate
{
    private static readonly (string Name, char Letter, DateOnly Start)[] Eras =
    [
        ("明治", 'M', new DateOnly(1868, 10, 23)),
        ("大正", 'T', new DateOnly(1912, 7, 30)),
        ("昭和", 'S', new DateOnly(1926, 12, 25)),
        ("平成", 'H', new DateOnly(1989, 1, 8)),
        ("令和", 'R', new DateOnly(2019, 5, 1)),
    ];

    public static bool TryParse(string? input, out DateOnly date, out JapaneseDateError error)
    {
        date = default;
        var text = Normalise(input);
        if (text.Length == 0)
        {
            error = JapaneseDateError.Empty;
            return false;
        }

        if (GregorianForm().Match(text) is { Success: true } gregorian)
        {
            return TryCreate(Number(gregorian, "y"), Number(gregorian, "m"), Number(gregorian, "d"), out date, out error);
        }

        var era = EraForm().Match(text);
        if (!era.Success)
        {
            error = JapaneseDateError.UnrecognisedFormat;
            return false;
        }

        var index = Array.FindIndex(Eras, e => e.Name == era.Groups["era"].Value || e.Letter == char.ToUpperInvariant(era.Groups["era"].Value[0]));
        var eraYear = era.Groups["y"].Value == "元" ? 1 : Number(era, "y");
        if (eraYear < 1 || !TryCreate(Eras[index].Start.Year + eraYear - 1, Number(era, "m"), Number(era, "d"), out date, out error))
        {
            error = JapaneseDateError.NoSuchDate;
            return false;
        }

        var endsBefore = index + 1 < Eras.Length ? Eras[index + 1].Start : DateOnly.MaxValue;
        if (date < Eras[index].Start || date >= endsBefore)
        {
            date = default;
            error = JapaneseDateError.OutsideEra;
            return false;
        }

        return true;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date, out JapaneseDateError error)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = JapaneseDateError.NoSuchDate;
            return false;
        }

        date = new DateOnly(year, month, day);
        error = JapaneseDateError.None;
        return true;
    }

    /// <summary>Full-width ASCII (０-９, Ｒ, ．, ／, －) and the minus signs an IME may type to half-width; spaces of any width removed.</summary>
    private static string Normalise(string? input)
    {
        var builder = new StringBuilder(input?.Length ?? 0);
        foreach (var c in input ?? string.Empty)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                >= '！' and <= '～' => (char)(c - '！' + '!'),
                '−' or '‐' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static int Number(Match match, string group) =>
        int.TryParse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})|(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日|(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex GregorianForm();

    [GeneratedRegex(@"^(?:(?<era>明治|大正|昭和|平成|令和)(?<y>元|[0-9]{1,2})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日|(?<era>[MTSHRmtshr])(?<y>元|[0-9]{1,2})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex EraForm();
}
