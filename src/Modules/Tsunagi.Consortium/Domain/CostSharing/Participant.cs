namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>A municipality taking part in an allocation, with the figures and standalone scale used for it.</summary>
public sealed record Participant(string Code, MemberFigures Figures, int StandaloneScalePercent);
