using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Messaging;

/// <summary>Proof that one handler has handled one outbox message; its key refuses a second handling.</summary>
public sealed class InboxReceipt : ITenantOwned
{
    public string TenantId { get; init; } = string.Empty;

    public Guid MessageId { get; init; }

    public string HandlerName { get; init; } = string.Empty;

    public DateTimeOffset HandledAt { get; init; }
}
