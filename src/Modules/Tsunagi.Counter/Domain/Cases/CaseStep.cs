using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Domain.Cases;

/// <summary>
/// One procedure (手続) of a case, owned by a department: what the suggestion said (code, name, reason, fee, service
/// level), where it stands, who acted last and why it was marked 不要 or 差戻し. Changed only through its case.
/// </summary>
public sealed class CaseStep : ITenantOwned
{
    public const int MaxReasonLength = 200;

    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public int Position { get; init; }

    public string ProcedureCode { get; init; } = string.Empty;

    public string ProcedureName { get; init; } = string.Empty;

    public string Department { get; init; } = string.Empty;

    /// <summary>Why the rules suggested it (「65歳以上の方がいます」), or 「窓口で追加」 for a step the clerk added.</summary>
    public string SuggestionReason { get; init; } = string.Empty;

    public long Fee { get; init; }

    /// <summary>The platform performs it from the case with the data already entered (the register notification).</summary>
    public bool ExecutedByPlatform { get; init; }

    public StepState State { get; set; }

    /// <summary>Why it is 不要 or 差戻し (required for those states).</summary>
    public string? StateReason { get; set; }

    public Guid? StaffId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Service-level target: the step should be finished by then.</summary>
    public DateTimeOffset DueAt { get; init; }

    /// <summary>The register's answer to an executed step (household id), kept to show and link it.</summary>
    public Guid? ResultId { get; set; }

    public bool IsOverdue(DateTimeOffset now) => !StepTransitions.IsFinished(State) && now > DueAt;
}
