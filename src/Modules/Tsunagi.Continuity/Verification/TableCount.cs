using System.Text.Json.Serialization;

namespace Tsunagi.Continuity.Verification;

/// <summary>How many rows one tenant has in one table.</summary>
public sealed record TableCount(
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("rows")] long Rows);
