using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Features.CostSharing.Figures;

/// <summary>A member's metered figures over a period (the seam to usage metering; replace with the metering's totals when they land).</summary>
public interface IUsageFigures
{
    Task<MemberFigures> ForAsync(string municipalityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
