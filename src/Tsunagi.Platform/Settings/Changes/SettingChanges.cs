using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings.Validation;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Settings.Changes;

/// <summary>
/// Changing a setting takes two people: one requests a new value for a scope and an effective date, another
/// administrator of the same scope approves (the value is appended and in force from its date) or rejects it. Each
/// step commits with its audit event (key and scope, never the value); approval also publishes <see cref="SettingChanged"/>.
/// Permissions (<c>settings.request</c>, <c>settings.approve</c>) are checked by the page or endpoint; this checks the scope.
/// </summary>
public sealed class SettingChanges(
    PlatformDbContext db,
    UnitOfWork unitOfWork,
    SettingCatalog catalog,
    SettingValidator validator,
    SettingsReader reader,
    SettingsStore store,
    SettingsCache cache,
    AuditTrail audit,
    Outbox outbox,
    ITenantContext tenant,
    IAuditActor actor,
    TimeProvider time)
{
    public const string RequestedAction = "settings.change-requested";
    public const string ApprovedAction = "settings.change-approved";
    public const string RejectedAction = "settings.change-rejected";

    public async Task<SettingChangeRequest> RequestAsync(string key, SettingScope scope, DateOnly effectiveFrom, string proposedJson, string reason, CancellationToken cancellationToken = default)
    {
        var definition = catalog.Find(key) ?? throw new SettingChangeException(SettingChangeProblem.UnknownSetting);
        if (!SettingScopePolicy.Governs(tenant, scope))
        {
            throw new SettingChangeException(SettingChangeProblem.ScopeNotAllowed);
        }

        var errors = new List<SettingValidationError>();
        if (effectiveFrom < TokyoTime.Today(time))
        {
            errors.Add(new("effectiveFrom", "施行日：今日より前の日付は指定できません。"));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            errors.Add(new("reason", string.IsNullOrWhiteSpace(reason) ? "変更理由：入力してください。" : "変更理由：500文字以内で入力してください。"));
        }

        errors.AddRange(await validator.CheckAsync(definition, proposedJson));
        if (errors.Count > 0)
        {
            throw new SettingValidationException(errors);
        }

        var previous = await reader.ResolveAsync(definition, scope.ChainFromHere(), effectiveFrom, cancellationToken);
        return await unitOfWork.RunAsync(db, async ct =>
        {
            var request = new SettingChangeRequest
            {
                Id = Guid.CreateVersion7(),
                Key = key,
                ScopeLevel = scope.Level,
                ScopeId = scope.Id,
                EffectiveFrom = effectiveFrom,
                ProposedJson = definition.Serialize(definition.Deserialize(proposedJson)!),
                PreviousJson = previous.ValueJson,
                Reason = reason.Trim(),
                RequestedInTenant = tenant.TenantId,
                RequestedBy = SettingChangeActor.IdOf(actor),
                RequestedAt = time.GetUtcNow(),
                Status = SettingChangeStatus.Pending,
            };
            db.SettingChangeRequests.Add(request);
            await audit.AppendAsync(Entry(RequestedAction, request), ct);
            return request;
        }, cancellationToken);
    }

    /// <summary>Appends the proposed value as the next version and drops the key from the cache; returns the stored version.</summary>
    public async Task<SettingValue> ApproveAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var value = await unitOfWork.RunAsync(db, async ct =>
        {
            var request = await DecidableAsync(requestId, ct);
            if (request.EffectiveFrom < TokyoTime.Today(time))
            {
                throw new SettingChangeException(SettingChangeProblem.EffectiveDatePassed);
            }

            var definition = catalog.Find(request.Key) ?? throw new SettingChangeException(SettingChangeProblem.UnknownSetting);
            var json = await validator.ValidateAsync(definition, request.ProposedJson);
            var decider = SettingChangeActor.IdOf(actor);
            var stored = await store.AppendAsync(request.Key, request.Scope, request.EffectiveFrom, json, decider, request.Id, ct);
            Decide(request, SettingChangeStatus.Approved, decider, null);
            await audit.AppendAsync(Entry(ApprovedAction, request), ct);
            outbox.Add(new SettingChanged(request.Key));
            return stored;
        }, cancellationToken);

        // Again after the commit: a read on this instance between the store's invalidation and the commit may have cached the old versions.
        cache.Invalidate(value.Key);
        return value;
    }

    public Task<SettingChangeRequest> RejectAsync(Guid requestId, string note, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Length > 500)
        {
            throw new SettingValidationException([new("note", string.IsNullOrWhiteSpace(note) ? "却下の理由：入力してください。" : "却下の理由：500文字以内で入力してください。")]);
        }

        return unitOfWork.RunAsync(db, async ct =>
        {
            var request = await DecidableAsync(requestId, ct);
            Decide(request, SettingChangeStatus.Rejected, SettingChangeActor.IdOf(actor), note.Trim());
            await audit.AppendAsync(Entry(RejectedAction, request), ct);
            return request;
        }, cancellationToken);
    }

    private async Task<SettingChangeRequest> DecidableAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.SettingChangeRequests.VisibleTo(tenant).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new SettingChangeException(SettingChangeProblem.NotFound);
        if (request.Status != SettingChangeStatus.Pending)
        {
            throw new SettingChangeException(SettingChangeProblem.AlreadyDecided);
        }

        return request.RequestedBy == SettingChangeActor.IdOf(actor) ? throw new SettingChangeException(SettingChangeProblem.OwnRequest) : request;
    }

    private void Decide(SettingChangeRequest request, SettingChangeStatus status, Guid decider, string? note)
    {
        request.Status = status;
        request.DecidedBy = decider;
        request.DecidedAt = time.GetUtcNow();
        request.DecisionNote = note;
    }

    private static AuditEntry Entry(string action, SettingChangeRequest request) =>
        new(action, "setting", $"{request.Scope}/{request.Key}", Purpose: $"request:{request.Id}");
}
