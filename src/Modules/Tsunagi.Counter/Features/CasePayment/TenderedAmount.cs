using System.Globalization;
using System.Text;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>
/// 預かり金 as a clerk types it: full-width digits and commas (「１，０００」), an optional 円 and spaces are accepted;
/// anything else, or less than the total, is refused naming 預かり金.
/// </summary>
public static class TenderedAmount
{
    public const long Max = 10_000_000;

    public static long? Parse(string? text, long total, out CaseProblem? problem)
    {
        var normal = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (normal.EndsWith('円'))
        {
            normal = normal[..^1];
        }

        if (normal.Length == 0)
        {
            problem = new CaseProblem("tendered", "預かり金：金額を入力してください。", "Tendered: enter the amount handed over.");
            return null;
        }

        if (!long.TryParse(normal, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > Max)
        {
            problem = new CaseProblem("tendered", "預かり金：0円から10,000,000円までの金額を数字で入力してください。", "Tendered: an amount in figures from 0 to 10,000,000 yen.");
            return null;
        }

        if (amount < total)
        {
            problem = new CaseProblem("tendered", $"預かり金：合計（{total.ToString("N0", CultureInfo.InvariantCulture)}円）以上の金額を入力してください。", $"Tendered: at least the total ({total.ToString("N0", CultureInfo.InvariantCulture)} yen).");
            return null;
        }

        problem = null;
        return amount;
    }
}
