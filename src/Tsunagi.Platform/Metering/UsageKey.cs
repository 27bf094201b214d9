using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Metering;

/// <summary>One buffered figure: a tenant's metric on one Tokyo day.</summary>
public readonly record struct UsageKey(string TenantId, TenantKind Kind, DateOnly Day, UsageMetric Metric);
