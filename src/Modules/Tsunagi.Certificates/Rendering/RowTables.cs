using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// Adds rows as ruled tables: consecutive rows with the same columns form one table, so the blocks of a page read as
/// one grid as on the printed form. The first row is the table's header row, printed in the body style.
/// </summary>
internal static class RowTables
{
    public static void Add(DocumentBuilder builder, IReadOnlyList<LabelledRow> rows)
    {
        var start = 0;
        while (start < rows.Count)
        {
            var end = start + 1;
            while (end < rows.Count && ReferenceEquals(rows[end].Widths, rows[start].Widths))
            {
                end++;
            }

            builder.Table(new DocumentTable(
                rows[start].Widths,
                rows[start].Cells,
                [.. rows.Skip(start + 1).Take(end - start - 1).Select(row => row.Cells)])
            {
                HeaderStyle = TextStyle.Body,
            });
            start = end;
        }
    }
}
