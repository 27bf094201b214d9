namespace Tsunagi.Platform.Metering;

/// <summary>What is metered per tenant and day. Counts add up over the day; gauges keep the last reading of the day.</summary>
public enum UsageMetric
{
    /// <summary>Count: 届出 and 職権 changes to the resident register.</summary>
    Notifications,

    /// <summary>Count: certificates issued (copies).</summary>
    Certificates,

    /// <summary>Count: calls to <c>/api/v1</c>.</summary>
    ApiCalls,

    /// <summary>Gauge: staff members who signed in that day.</summary>
    ActiveStaff,

    /// <summary>Gauge: residents in the register (including 除票).</summary>
    StoredResidents,

    /// <summary>Gauge: bytes stored for the tenant.</summary>
    StoredBytes,
}
