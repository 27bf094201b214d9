using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseApi;
using Tsunagi.Counter.Features.CaseWork;
using Tsunagi.Counter.Features.RegisterStep;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Features.CasePage;

/// <summary>
/// Runs an action posted from the case page through the same handlers as the API: case moves (呼出し, 対応開始, 完了),
/// step moves and the register step. Irreversible ones (完了, 不要, closing, writing the register) ask for confirmation
/// first; a page showing an older version of the case is refused and nothing is written.
/// </summary>
public sealed class CaseActions(CounterDbContext db, CaseWorkHandler work, MoveInStepHandler moveIn)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CaseActionOutcome> RunAsync(Guid caseId, CaseActionForm action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action.Kind switch
            {
                "call" => await MoveCaseAsync(caseId, CaseState.Called, action, cancellationToken),
                "serve" => await MoveCaseAsync(caseId, CaseState.InService, action, cancellationToken),
                "close" when !action.Confirmed => CaseActionOutcome.Confirm,
                "close" => await MoveCaseAsync(caseId, CaseState.Closed, action, cancellationToken),
                "step" => await MoveStepAsync(caseId, action, cancellationToken),
                "register" when !action.Confirmed => CaseActionOutcome.Confirm,
                "register" => await RegisterAsync(caseId, action, cancellationToken),
                _ => CaseActionOutcome.Refused([new("action", "操作：画面を読み込み直してから操作してください。", "Action: reload the page and try again.")]),
            };
        }
        catch (CaseRuleException ex)
        {
            return CaseActionOutcome.Refused(ex.Problems);
        }
        catch (CaseConflictException)
        {
            return new CaseActionOutcome([], Stale: true);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CaseActionOutcome([], Stale: true);
        }
        catch (CaseNotFoundException)
        {
            return new CaseActionOutcome([], NotFound: true);
        }
    }

    private async Task<CaseActionOutcome> MoveCaseAsync(Guid caseId, CaseState to, CaseActionForm action, CancellationToken cancellationToken)
    {
        await work.MoveCaseAsync(caseId, to, RequireVersion(action), null, cancellationToken);
        return CaseActionOutcome.Succeeded;
    }

    private async Task<CaseActionOutcome> MoveStepAsync(Guid caseId, CaseActionForm action, CancellationToken cancellationToken)
    {
        if (action.StepId is not { } stepId || StepStateNames.Parse(action.To) is not { } to)
        {
            throw new CaseRuleException("state", "状態：操作を選んでください。", "State: choose an action.");
        }

        if (StepMoves.IsIrreversible(to) && !action.Confirmed)
        {
            if (StepTransitions.NeedsReason(to) && string.IsNullOrWhiteSpace(action.Reason))
            {
                throw new CaseRuleException("reason", $"理由：「{CaseStateNames.Ja(to)}」にするときは理由を入力してください。", $"Reason: required to mark a step {CaseStateNames.En(to)}.");
            }

            return CaseActionOutcome.Confirm;
        }

        await work.MoveStepAsync(caseId, stepId, to, action.Reason, RequireVersion(action), null, cancellationToken);
        return CaseActionOutcome.Succeeded;
    }

    private async Task<CaseActionOutcome> RegisterAsync(Guid caseId, CaseActionForm action, CancellationToken cancellationToken)
    {
        var counterCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new CaseNotFoundException();
        if (counterCase.Version != RequireVersion(action))
        {
            throw new CaseConflictException();
        }

        if (action.StepId is not { } stepId || counterCase.DraftJson is not { } json || JsonSerializer.Deserialize<MoveInDraft>(json, Json) is not { } draft)
        {
            throw new CaseRuleException("step", "手続：転入届の下書きがありません。", "Step: the case carries no move-in draft.");
        }

        var outcome = await moveIn.ExecuteAsync(caseId, stepId, draft, cancellationToken);
        return outcome.Problems.Count > 0 ? CaseActionOutcome.Refused(outcome.Problems) : CaseActionOutcome.Succeeded;
    }

    private static int RequireVersion(CaseActionForm action) =>
        action.Version ?? throw new CaseRuleException("version", "操作：画面を読み込み直してから操作してください。", "Action: reload the page and try again.");
}
