namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>
/// What the model says about one municipality (member or candidate): the scale of its standalone system in percent of
/// the model's single-town system, and figures that override the metered ones for planning (null: use metering).
/// </summary>
public sealed record MemberPlan(string Code, int StandaloneScalePercent, MemberFigures? Figures);
