using Tsunagi.Consortium.Data;
using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Consortium.Features.CostSharing.Storage;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Consortium.Features.CostSharing.EditModel;

/// <summary>Saves a cost model as the year's next version, audited in the same transaction; a resubmitted form saves once.</summary>
public sealed class CostModelHandler(ConsortiumDbContext db, CostModelStore store, UnitOfWork unitOfWork, IdempotencyStore idempotency, AuditTrail audit)
{
    public const string SaveOperation = "consortium.cost-model-saved";

    public Task<int> SaveAsync(CostModel model, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (CostModelRules.Check(model) is { Count: > 0 } problems)
        {
            throw new CostRuleException(problems);
        }

        var requestHash = IdempotencyStore.HashOf(CostModelJson.Write(model));
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<int?>(idempotencyKey, SaveOperation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var version = await store.AppendAsync(model, ct);
            await audit.AppendAsync(new AuditEntry(SaveOperation, "cost-model", version.Id.ToString()), ct);
            if (idempotencyKey is not null)
            {
                idempotency.Record<int?>(idempotencyKey, SaveOperation, requestHash, version.Version);
            }

            return version.Version;
        }, cancellationToken);
    }
}
