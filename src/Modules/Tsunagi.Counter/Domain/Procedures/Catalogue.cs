namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>The value of the setting <c>counter.procedures</c>: the procedures in the order the counter shows them.</summary>
public sealed record Catalogue(IReadOnlyList<CatalogueProcedure> Procedures);
