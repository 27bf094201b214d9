namespace Tsunagi.Counter.Features.ProcedureCatalogue;

/// <summary>A problem of the try-out form: the field id it belongs to and the resource key of its message.</summary>
public sealed record TryOutProblem(string Field, string MessageKey);
