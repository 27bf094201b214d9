namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// The result of validating a whole legacy file: every problem (row, field, problem), the households that will be
/// imported as the record numbers of their rows (each household with all its rows valid and exactly one 世帯主; the
/// rows themselves are read again from the file when staged) and the rows already on the register (skipped).
/// </summary>
public sealed record ValidationReport(
    LegacyEncoding Encoding,
    int Rows,
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<IReadOnlyList<int>> Households,
    int AlreadyImported)
{
    public int ImportableRows => Households.Sum(h => h.Count);

    public int RowsWithErrors => Problems.Where(p => !p.IsWarning).Select(p => p.Row).Distinct().Count();

    public bool HasErrors => Problems.Any(p => !p.IsWarning);
}
