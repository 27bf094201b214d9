using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Messaging;

/// <summary>An integration event waiting in its tenant's outbox, committed with the change that raised it.</summary>
public sealed class OutboxMessage : ITenantOwned
{
    public string TenantId { get; init; } = string.Empty;

    /// <summary>Version 7 and increasing within a unit of work: the delivery order.</summary>
    public Guid Id { get; init; }

    /// <summary>The event's type name, the key under which handlers are registered.</summary>
    public string Type { get; init; } = string.Empty;

    public string Payload { get; init; } = string.Empty;

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The exception type of the last failed attempt; never its message, which may carry personal data.</summary>
    public string? LastErrorCode { get; set; }

    /// <summary>Not before this instant after a failure (backoff); null when due at once.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}
