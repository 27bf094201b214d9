using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Portal.Domain;

/// <summary>
/// A message waiting in the portal's mail drop (there is no SMTP relay here): a delivery agent, or a test, reads it.
/// Holds the address and the message, so it is deleted by the daily purge a day after it was written.
/// </summary>
public sealed class PortalMail : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public string Recipient { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public DateTimeOffset WrittenAt { get; init; }
}
