namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// The result of validating a whole legacy file: every problem (row, field, problem), the households that will be
/// imported (each with all its rows valid and exactly one 世帯主) and the rows already on the register (skipped).
/// </summary>
public sealed record ValidationReport(
    LegacyEncoding Encoding,
    int Rows,
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<IReadOnlyList<LegacyRow>> Households,
    int AlreadyImported)
{
    public int ImportableRows => Households.Sum(h => h.Count);

    public int RowsWithErrors => Problems.Where(p => !p.IsWarning).Select(p => p.Row).Distinct().Count();

    public bool HasErrors => Problems.Any(p => !p.IsWarning);
}
