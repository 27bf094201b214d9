namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// One ruled row of a certificate: cells alternate label and value (the change row has three pairs). Consecutive rows
/// with the same column widths become one table; <see cref="Lines"/> is the grid lines the row is expected to take.
/// </summary>
internal sealed record LabelledRow(IReadOnlyList<float> Widths, IReadOnlyList<string> Cells)
{
    public int Lines => Widths.Select((width, i) => LineEstimate.Lines(i < Cells.Count ? Cells[i] : string.Empty, width)).Max();

    public static LabelledRow Wide(string label, string? value) => new(RowWidths.OnePair, [label, value ?? string.Empty]);

    public static LabelledRow Pairs(string label1, string? value1, string label2, string? value2) =>
        new(RowWidths.TwoPairs, [label1, value1 ?? string.Empty, label2, value2 ?? string.Empty]);

    public static LabelledRow DatedChange(string reasonLabel, string reason, DateOnly? changedOn, DateOnly? notifiedOn) =>
        new(RowWidths.DatedChange, [reasonLabel, reason, PrintedLabels.ChangedOn, PrintedDate.Of(changedOn), PrintedLabels.NotifiedOn, PrintedDate.Of(notifiedOn)]);
}
