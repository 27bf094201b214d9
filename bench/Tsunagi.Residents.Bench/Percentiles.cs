namespace Tsunagi.Residents.Bench;

internal static class Percentiles
{
    public static double Of(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
