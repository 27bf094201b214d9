namespace Tsunagi.Platform.Metering;

public static class UsageMetrics
{
    /// <summary>Gauges keep the last reading of the day; every other metric adds up over the day.</summary>
    public static bool IsGauge(this UsageMetric metric) =>
        metric is UsageMetric.ActiveStaff or UsageMetric.StoredResidents or UsageMetric.StoredBytes;
}
