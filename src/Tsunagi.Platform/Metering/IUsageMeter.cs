namespace Tsunagi.Platform.Metering;

/// <summary>
/// The one call modules make to meter usage: adds to the current tenant's count for today (or, for a gauge, sets
/// today's reading). Never fails the caller's work and never blocks on the database.
/// </summary>
public interface IUsageMeter
{
    void Record(UsageMetric metric, long amount = 1);
}
