using Tsunagi.Consortium.Features.CostSharing.EditModel;
using Tsunagi.Consortium.Features.CostSharing.Figures;
using Tsunagi.Consortium.Features.CostSharing.Storage;

namespace Tsunagi.Consortium.Demo;

/// <summary>Stores the demo cost model for the current fiscal year in the demo consortium's scope, unless that year has one.</summary>
public sealed class DemoCostModelSeeder(CostModelStore store, CostModelHandler handler, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var year = FiscalYears.Current(time);
        if (await store.LatestAsync(year, cancellationToken) is null)
        {
            await handler.SaveAsync(DemoCostModel.For(year), idempotencyKey: null, cancellationToken);
        }
    }
}
