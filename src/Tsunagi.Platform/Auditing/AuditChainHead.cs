using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Auditing;

/// <summary>
/// The last link of a tenant's chain. Appending updates it in the same transaction; its sequence is a
/// concurrency token, so two writers cannot both extend the chain from the same link, and removing
/// the newest events is detected because the head still names them.
/// </summary>
public sealed class AuditChainHead : ITenantOwned
{
    public string TenantId { get; init; } = string.Empty;

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = string.Empty;
}
