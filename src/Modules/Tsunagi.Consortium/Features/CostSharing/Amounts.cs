using System.Globalization;
using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Features.CostSharing;

/// <summary>Reads a whole number as typed: full-width digits, 桁区切り (, ，) and a trailing 円 or % accepted.</summary>
public static class Amounts
{
    public const long Max = 1_000_000_000_000;

    public static long? Parse(string? typed, string field, ICollection<CostProblem> problems, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = JapaneseDigits.ToAscii(typed ?? string.Empty).Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("，", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('円', '%', '％').Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(new CostProblem(field, "Cost.Problem.Required"));
            }

            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > Max)
        {
            problems.Add(new CostProblem(field, "Cost.Problem.Number"));
            return null;
        }

        return value;
    }
}
