using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Domain;

/// <summary>
/// A 職権修正 or 職権消除 prepared by one staff member and applied only when a second one approves it (four
/// eyes). The request holds the intended change; approving it records the residency change.
/// </summary>
public sealed class ExOfficioRequest : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    /// <summary><see cref="ChangeKind.ExOfficioCorrection"/> or <see cref="ChangeKind.ExOfficioRemoval"/>.</summary>
    public ChangeKind Kind { get; init; }

    /// <summary>The corrected record (JSON) for a correction; empty for a removal.</summary>
    public string? RecordJson { get; init; }

    public DateOnly EffectiveOn { get; init; }

    public string Reason { get; init; } = string.Empty;

    /// <summary>The resident's version the request was made from: a request made stale by another change cannot be approved.</summary>
    public int ResidentVersion { get; init; }

    public string RequestedBy { get; init; } = string.Empty;

    public DateTimeOffset RequestedAt { get; init; }

    public ExOfficioRequestStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why it was rejected (required for a rejection); free text entered by staff.</summary>
    public string? DecisionReason { get; set; }

    public bool IsPending => Status == ExOfficioRequestStatus.Pending;

    /// <summary>A pending request for <paramref name="resident"/> as it stands now, prepared by the actor of <paramref name="change"/>.</summary>
    public static ExOfficioRequest Prepare(string tenantId, Resident resident, ChangeKind kind, ChangeContext change, string? recordJson)
    {
        ArgumentNullException.ThrowIfNull(resident);
        ArgumentNullException.ThrowIfNull(change);
        return new ExOfficioRequest
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(change.RecordedAt),
            ResidentId = resident.Id,
            Kind = kind,
            RecordJson = recordJson,
            EffectiveOn = change.EffectiveOn,
            Reason = change.Reason ?? string.Empty,
            ResidentVersion = resident.Version,
            RequestedBy = change.ActorId,
            RequestedAt = change.RecordedAt,
            Status = ExOfficioRequestStatus.Pending,
        };
    }

    /// <summary>
    /// Marks the request approved by <paramref name="approver"/>. Four eyes: the person who prepared it cannot
    /// approve it, a decided request cannot be decided again, and a request made from an older version of the
    /// resident (changed since) cannot be approved.
    /// </summary>
    public void Approve(string approver, int currentResidentVersion, DateTimeOffset at)
    {
        EnsureDecidableBy(approver);
        if (currentResidentVersion != ResidentVersion)
        {
            throw ResidentRuleException.Of("request", "Field.ExOfficioRequest", "Problem.RequestStale");
        }

        Decide(ExOfficioRequestStatus.Approved, approver, at, null);
    }

    /// <summary>Marks the request rejected with a required reason; the register is not changed.</summary>
    public void Reject(string approver, string? reason, DateTimeOffset at)
    {
        EnsureDecidableBy(approver);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ResidentRuleException.Of("decisionReason", "Field.DecisionReason", "Problem.ReasonRequired");
        }

        Decide(ExOfficioRequestStatus.Rejected, approver, at, reason.Trim());
    }

    private void EnsureDecidableBy(string approver)
    {
        if (!IsPending)
        {
            throw ResidentRuleException.Of("request", "Field.ExOfficioRequest", "Problem.RequestAlreadyDecided");
        }

        if (string.Equals(approver, RequestedBy, StringComparison.Ordinal))
        {
            throw ResidentRuleException.Of("request", "Field.ExOfficioRequest", "Problem.SameApprover");
        }
    }

    private void Decide(ExOfficioRequestStatus status, string approver, DateTimeOffset at, string? reason)
    {
        Status = status;
        DecidedBy = approver;
        DecidedAt = at;
        DecisionReason = reason;
        Version++;
    }

    public int Version { get; set; }
}
