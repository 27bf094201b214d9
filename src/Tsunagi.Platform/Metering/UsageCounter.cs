using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Metering;

/// <summary>One tenant's figure of one metric on one Tokyo day.</summary>
public sealed class UsageCounter : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public DateOnly Day { get; set; }

    public UsageMetric Metric { get; set; }

    public long Value { get; set; }
}
