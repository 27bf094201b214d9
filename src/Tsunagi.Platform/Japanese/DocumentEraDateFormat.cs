using System.Text;
using System.Text.RegularExpressions;

namespace Tsunagi.Platform.Japanese;

/// <summary>
/// 和暦 as printed on certificates: full-width digits, year, month and day each padded to two characters with a
/// full-width space, so dates line up in a column: 令和　７年１１月２３日, 令和　元年１２月　４日, 平成３１年　４月３０日.
/// <see cref="JapaneseEraDate.TryParse"/> reads it back.
/// </summary>
public static partial class DocumentEraDateFormat
{
    private const char FullWidthSpace = '\u3000';

    public static string Format(DateOnly date)
    {
        var parts = Parts().Match(JapaneseEraDateFormat.Format(date));
        var builder = new StringBuilder(parts.Groups["era"].Value);
        Pad(builder, parts.Groups["y"].Value).Append('年');
        Pad(builder, parts.Groups["m"].Value).Append('月');
        Pad(builder, parts.Groups["d"].Value).Append('日');
        return builder.ToString();
    }

    private static StringBuilder Pad(StringBuilder builder, string number)
    {
        builder.Append(FullWidthSpace, Math.Max(0, 2 - number.Length));
        foreach (var c in number)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c);
        }

        return builder;
    }

    [GeneratedRegex(@"^(?<era>\D*?)(?<y>元|[0-9]+)年(?<m>[0-9]+)月(?<d>[0-9]+)日$", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();
}
