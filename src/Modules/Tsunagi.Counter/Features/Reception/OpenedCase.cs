namespace Tsunagi.Counter.Features.Reception;

/// <summary>The opened case: its id, reception number (「A-012」) and counter area, and how many steps it has.</summary>
public sealed record OpenedCase(Guid CaseId, string ReceptionNumber, string Area, int StepCount);
