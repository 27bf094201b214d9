namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>
/// Splits whole yen in proportion to keys so the parts sum exactly to the amount (最大剰余法): each part first gets
/// the floor of amount × key ÷ Σkeys; the yen left over go one each to the largest remainders; equal remainders
/// go to the smaller municipality code first (ordinal). When every key is zero the amount is split equally.
/// </summary>
public static class LargestRemainder
{
    public static long[] Split(long amount, IReadOnlyList<(string Code, long Key)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (keys.Count == 0)
        {
            return [];
        }

        if (keys.Any(k => k.Key < 0))
        {
            throw new ArgumentException("Keys must not be negative.", nameof(keys));
        }

        Int128 sum = 0;
        foreach (var (_, key) in keys)
        {
            sum += key;
        }

        if (sum == 0)
        {
            return Split(amount, [.. keys.Select(k => (k.Code, 1L))]);
        }

        var parts = new long[keys.Count];
        var remainders = new Int128[keys.Count];
        long given = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            var product = (Int128)amount * keys[i].Key;
            parts[i] = (long)(product / sum);
            remainders[i] = product % sum;
            given += parts[i];
        }

        var order = Enumerable.Range(0, keys.Count)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => keys[i].Code, StringComparer.Ordinal)
            .ToList();
        var leftover = (int)(amount - given);
        for (var k = 0; k < leftover; k++)
        {
            parts[order[k]]++;
        }

        return parts;
    }
}
