using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Consortium.Features.CostSharing.Figures;
using Tsunagi.Consortium.Features.CostSharing.Storage;

namespace Tsunagi.Consortium.Features.CostSharing.Shares;

/// <summary>A year's shares for the operator's consortium: the latest model, the current members, their figures (planned or metered).</summary>
public sealed class CostShares(CostModelStore store, ConsortiumMembers members, IUsageFigures usage)
{
    public async Task<CostShareYear?> ForYearAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var model = await store.LatestAsync(fiscalYear, cancellationToken);
        if (model is null)
        {
            return null;
        }

        var participants = await ParticipantsAsync(model, await members.CodesAsync(cancellationToken), cancellationToken);
        return new CostShareYear(model, participants, CostAllocation.Allocate(model, participants));
    }

    /// <summary>Each code with its planned figures when the model has them, otherwise its metered figures for the year.</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(CostModel model, IEnumerable<string> codes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(codes);
        var participants = new List<Participant>();
        foreach (var code in codes)
        {
            var plan = model.PlanFor(code);
            var figures = plan?.Figures
                ?? await usage.ForAsync(code, FiscalYears.Start(model.FiscalYear), FiscalYears.End(model.FiscalYear), cancellationToken);
            participants.Add(new Participant(code, figures, plan?.StandaloneScalePercent ?? CostModel.DefaultStandaloneScalePercent));
        }

        return participants;
    }
}
