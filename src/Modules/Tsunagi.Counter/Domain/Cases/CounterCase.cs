using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Domain.Cases;

/// <summary>
/// 総合窓口の受付: one visit for one life event, with its reception number (「A-012」, per counter area and day), the identity
/// check (document type and only the last 4 characters of its number), the person matched in the register or marked new,
/// the notification draft the visit carries (JSON, from a pre-application or the reception) and its steps. The version is
/// the concurrency token: every change of the case or of a step raises it.
/// </summary>
public sealed class CounterCase : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public string Area { get; init; } = string.Empty;

    public DateOnly ReceivedOn { get; init; }

    public int Sequence { get; init; }

    public string ReceptionNumber { get; init; } = string.Empty;

    public Contracts.LifeEvent LifeEvent { get; init; }

    public IdentityDocument IdentityDocument { get; init; }

    /// <summary>The last 4 characters of the document's number: enough to tell which card was shown, useless if leaked.</summary>
    public string IdentityNumberLast4 { get; init; } = string.Empty;

    /// <summary>The person matched in the register; null when <see cref="IsNewResident"/> (転入 etc.).</summary>
    public Guid? ResidentId { get; init; }

    public bool IsNewResident { get; init; }

    public string? PreApplicationReference { get; init; }

    /// <summary>The notification draft (e.g. a <c>MoveInDraft</c>) as JSON, personal data: shown only on the audited case page.</summary>
    public string? DraftJson { get; set; }

    public CaseState State { get; set; }

    public Guid ClerkId { get; set; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? CalledAt { get; set; }

    public DateTimeOffset? ServedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public int Version { get; set; }

    public IList<CaseStep> Steps { get; init; } = [];

    public bool IsOpen => CaseTransitions.IsOpen(State);

    /// <summary>Moves the case; 会計待ち and 完了 only when every step is 完了 or 不要 with a reason.</summary>
    public void MoveTo(CaseState to, Guid clerk, DateTimeOffset now)
    {
        CaseTransitions.Check(State, to);
        if (to is CaseState.AwaitingPayment or CaseState.Closed)
        {
            var unfinished = Steps.Count(s => !StepTransitions.IsFinished(s.State));
            if (unfinished > 0)
            {
                throw new CaseRuleException(
                    "steps",
                    $"手続：完了または不要（理由付き）になっていない手続が{unfinished}件あります。",
                    $"Steps: {unfinished} step(s) are neither completed nor marked not needed with a reason.");
            }
        }

        switch (to)
        {
            case CaseState.Called:
                CalledAt = now;
                break;
            case CaseState.InService:
                ServedAt = now;
                break;
            case CaseState.Closed or CaseState.Cancelled:
                ClosedAt = now;
                break;
        }

        State = to;
        ClerkId = clerk;
        Version++;
    }

    /// <summary>Moves one step; 不要 and 差戻し need a reason; nothing changes on a closed or cancelled case.</summary>
    public CaseStep MoveStep(Guid stepId, StepState to, string? reason, Guid staff, DateTimeOffset now)
    {
        var step = Steps.FirstOrDefault(s => s.Id == stepId) ?? throw new CaseNotFoundException();
        EnsureOpen();
        StepTransitions.Check(step.State, to);
        var trimmed = reason?.Trim();
        if (StepTransitions.NeedsReason(to) && string.IsNullOrEmpty(trimmed))
        {
            throw new CaseRuleException("reason", $"理由：「{CaseStateNames.Ja(to)}」にするときは理由を入力してください。", $"Reason: required to mark a step {CaseStateNames.En(to)}.");
        }

        if (trimmed is { Length: > CaseStep.MaxReasonLength })
        {
            throw new CaseRuleException("reason", $"理由：{CaseStep.MaxReasonLength}文字以内で入力してください。", $"Reason: at most {CaseStep.MaxReasonLength} characters.");
        }

        step.State = to;
        step.StateReason = StepTransitions.NeedsReason(to) ? trimmed : step.StateReason;
        step.StaffId = staff;
        step.UpdatedAt = now;
        step.CompletedAt = to == StepState.Completed ? now : step.CompletedAt;
        Version++;
        return step;
    }

    /// <summary>The platform executed the step (the register notification): 完了 from any unfinished state but 差戻し.</summary>
    public CaseStep CompleteExecutedStep(Guid stepId, Guid resultId, Guid staff, DateTimeOffset now)
    {
        var step = Steps.FirstOrDefault(s => s.Id == stepId) ?? throw new CaseNotFoundException();
        EnsureOpen();
        if (!step.ExecutedByPlatform || step.State is not (StepState.NotStarted or StepState.Accepted or StepState.InProgress))
        {
            StepTransitions.Check(step.State, StepState.Completed);
            throw new CaseRuleException("step", "手続：この手続は窓口から実行できません。", "Step: this procedure is not executed from the case.");
        }

        step.State = StepState.Completed;
        step.ResultId = resultId;
        step.StaffId = staff;
        step.UpdatedAt = now;
        step.CompletedAt = now;
        Version++;
        return step;
    }

    public void AddStep(CaseStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        EnsureOpen();
        Steps.Add(step);
        Version++;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new CaseRuleException("state", $"状態：「{CaseStateNames.Ja(State)}」の受付の手続は変更できません。", $"State: the steps of a {CaseStateNames.En(State)} case cannot change.");
        }
    }
}
