namespace Tsunagi.Counter.Domain.Cases;

/// <summary>No case or step with this id in the current municipality (another municipality's ids included): 404.</summary>
public sealed class CaseNotFoundException() : Exception("The counter case was not found.");
