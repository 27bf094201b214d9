using Tsunagi.Consortium.Features.LegacyMigration;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>The dry run's <see cref="ValidationReport"/> without the rows themselves (no personal data on disk beyond the upload): counts and problems.</summary>
public sealed record StoredReport(
    LegacyEncoding Encoding,
    int Rows,
    int ImportableRows,
    int Households,
    int RowsWithErrors,
    int AlreadyImported,
    IReadOnlyList<RowProblem> Problems)
{
    public static StoredReport From(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new StoredReport(report.Encoding, report.Rows, report.ImportableRows, report.Households.Count, report.RowsWithErrors, report.AlreadyImported, report.Problems);
    }

    /// <summary>The shape <see cref="ValidationReportCsv"/> writes (it reads the problems only).</summary>
    public ValidationReport ToValidationReport() => new(Encoding, Rows, Problems, [], AlreadyImported);
}
