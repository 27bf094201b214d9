using Tsunagi.Platform.Metering;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>The gauges of the current municipality on one Tokyo day: staff who signed in, residents held, bytes stored (estimate).</summary>
public sealed class UsageSnapshot(ActiveStaffCount activeStaff, IResidentCount residents, StoredBytesEstimate bytes, UsageCounterStore store)
{
    public async Task TakeAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var staff = await activeStaff.OnAsync(day, cancellationToken);
        var held = await residents.CountAsync(cancellationToken);
        var stored = await bytes.EstimateAsync(cancellationToken);
        await store.WriteAsync(
            [(day, UsageMetric.ActiveStaff, staff), (day, UsageMetric.StoredResidents, held), (day, UsageMetric.StoredBytes, stored)],
            cancellationToken);
    }
}
