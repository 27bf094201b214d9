namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>One problem of the validation report: record number (the header is 1), field (<see cref="LegacyField"/>) and the problem's resource key.</summary>
public sealed record RowProblem(int Row, string Field, string Problem, bool IsWarning = false)
{
    public string FieldKey => "Migration.Field." + Field;

    public string ProblemKey => "Migration.Problem." + Problem;
}
