using static Tsunagi.Platform.Documents.PageGeometry;

namespace Tsunagi.Platform.Documents;

/// <summary>Places a ruled table row by row; a row that does not fit goes to the next page under a repeated header.</summary>
internal sealed class TablePlacer(Typesetter typesetter, DocumentTable table)
{
    private const float CellPadding = 4f;

    public void Place()
    {
        var columns = ColumnEdges();
        var header = Cells(table.Header, columns, table.HeaderStyle);
        var headerLines = Height(header);
        typesetter.Need(headerLines + (table.Rows.Count > 0 ? Height(Cells(table.Rows[0], columns, table.CellStyle)) : 0));
        PlaceRow(header, headerLines, columns, table.HeaderStyle);
        foreach (var row in table.Rows)
        {
            var cells = Cells(row, columns, table.CellStyle);
            var lines = Height(cells);
            var before = typesetter.Line;
            typesetter.Need(lines);
            if (typesetter.Line < before)
            {
                PlaceRow(header, headerLines, columns, table.HeaderStyle);
            }

            PlaceRow(cells, lines, columns, table.CellStyle);
        }
    }

    private float[] ColumnEdges()
    {
        var total = table.ColumnWidths.Sum();
        var edges = new float[table.ColumnWidths.Count + 1];
        edges[0] = Margin;
        for (var i = 0; i < table.ColumnWidths.Count; i++)
        {
            edges[i + 1] = edges[i] + (TextWidth * table.ColumnWidths[i] / total);
        }

        return edges;
    }

    private List<List<string>> Cells(IReadOnlyList<string> row, float[] edges, TextStyle style) =>
        [.. Enumerable.Range(0, edges.Length - 1).Select(i =>
            typesetter.Wrap(i < row.Count ? row[i] : string.Empty, edges[i + 1] - edges[i] - (2 * CellPadding), style))];

    private static int Height(List<List<string>> cells) => Math.Max(1, cells.Max(cell => cell.Count));

    private void PlaceRow(List<List<string>> cells, int lines, float[] edges, TextStyle style)
    {
        var top = Typesetter.Top(typesetter.Line);
        var bottom = Typesetter.Top(typesetter.Line + lines);
        typesetter.Add(new RuleItem(edges[0], top, edges[^1], top));
        typesetter.Add(new RuleItem(edges[0], bottom, edges[^1], bottom));
        foreach (var edge in edges)
        {
            typesetter.Add(new RuleItem(edge, top, edge, bottom));
        }

        for (var column = 0; column < cells.Count; column++)
        {
            for (var i = 0; i < cells[column].Count; i++)
            {
                typesetter.Add(new TextItem(cells[column][i], edges[column] + CellPadding, Typesetter.Baseline(typesetter.Line + i), style));
            }
        }

        typesetter.Advance(lines);
    }
}
