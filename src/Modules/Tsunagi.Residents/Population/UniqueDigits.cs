namespace Tsunagi.Residents.Population;

/// <summary>
/// Distinct fixed-length numbers from a counter: (n × a prime + offset) mod 10^length is a bijection, so no two
/// people of one run share a 個人番号 or 住民票コード, and the numbers look random.
/// </summary>
internal sealed class UniqueDigits(int length, long offset)
{
    private const long Multiplier = 7_919_000_003;
    private readonly long _modulus = (long)Math.Pow(10, length);
    private long _next;

    public string Next()
    {
        var value = (long)(((Int128)_next++ * Multiplier + offset) % _modulus);
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(length, '0');
    }
}
