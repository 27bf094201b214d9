using Tsunagi.Counter.Contracts;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Portal.Domain;

/// <summary>
/// 事前申請: a move-in or move-out entered by a resident online, kept as the register's draft (JSON) until a clerk takes it
/// at the counter. Owned by the resident who signed in (<see cref="OwnerKey"/>, a keyed hash of the sign-in identity).
/// Once purged, <see cref="DraftJson"/> is null and only ids, status and times remain.
/// </summary>
public sealed class PreApplication : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    /// <summary>Canonical reference without hyphens (e.g. T7K4MXQ9 + check character); shown grouped as 「T7K-4MXQ-9」.</summary>
    public string Reference { get; init; } = string.Empty;

    public string OwnerKey { get; init; } = string.Empty;

    public LifeEvent LifeEvent { get; init; }

    public string? DraftJson { get; set; }

    public PreApplicationStatus Status { get; set; } = PreApplicationStatus.Submitted;

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    public Guid? TakenByCaseId { get; set; }

    public DateTimeOffset? PurgedAt { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => Status == PreApplicationStatus.Submitted && now < ExpiresAt;

    /// <summary>The status a resident or clerk sees at <paramref name="now"/>: a submitted one past its expiry is 期限切れ.</summary>
    public PreApplicationStatus StatusAt(DateTimeOffset now) =>
        Status == PreApplicationStatus.Submitted && now >= ExpiresAt ? PreApplicationStatus.Expired : Status;

    public void Withdraw(DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            throw new InvalidOperationException("Only a submitted, unexpired pre-application can be withdrawn.");
        }

        Status = PreApplicationStatus.Withdrawn;
        ClosedAt = now;
    }

    /// <summary>Deletes the personal data (the draft); the row stays with ids, status and times.</summary>
    public void Purge(DateTimeOffset now)
    {
        if (Status == PreApplicationStatus.Submitted)
        {
            Status = PreApplicationStatus.Expired;
        }

        DraftJson = null;
        PurgedAt = now;
    }
}
