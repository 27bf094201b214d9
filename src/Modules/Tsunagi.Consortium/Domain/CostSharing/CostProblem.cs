namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>A reason a cost model is refused: the form field it concerns and the message key (with its arguments).</summary>
public sealed record CostProblem(string Field, string Key, params object[] Arguments);
