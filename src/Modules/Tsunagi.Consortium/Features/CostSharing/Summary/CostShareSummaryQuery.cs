using Tsunagi.Consortium.Features.CostSharing.Figures;
using Tsunagi.Consortium.Features.CostSharing.Shares;

namespace Tsunagi.Consortium.Features.CostSharing.Summary;

/// <summary>The summary of the current fiscal year (or a given one) for the operator's consortium; null when that year has no cost model.</summary>
public sealed class CostShareSummaryQuery(CostShares shares, TimeProvider time)
{
    public async Task<CostShareSummary?> RunAsync(int? fiscalYear = null, CancellationToken cancellationToken = default)
    {
        var year = await shares.ForYearAsync(fiscalYear ?? FiscalYears.Current(time), cancellationToken);
        if (year is null)
        {
            return null;
        }

        var allocation = year.Allocation;
        return new CostShareSummary(
            allocation.FiscalYear,
            allocation.Total,
            allocation.AverageSaving,
            [.. allocation.Shares.Select(s => new CostShareSummaryLine(s.Code, ConsortiumMembers.NameOf(s.Code), s.Total, s.StandaloneYen, s.Saving))]);
    }
}
