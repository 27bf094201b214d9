using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Features.CostSharing.Shares;

/// <summary>A year's model, the members as allocated, and the allocation.</summary>
public sealed record CostShareYear(CostModel Model, IReadOnlyList<Participant> Participants, Allocation Allocation);
