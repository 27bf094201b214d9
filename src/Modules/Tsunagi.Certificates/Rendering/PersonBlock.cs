namespace Tsunagi.Certificates.Rendering;

/// <summary>One person's rows on a certificate; a block is never split across pages.</summary>
internal sealed record PersonBlock(IReadOnlyList<LabelledRow> Rows)
{
    public int Lines => Rows.Sum(row => row.Lines);

    public static PersonBlock Of(params IEnumerable<LabelledRow>[] groups) => new([.. groups.SelectMany(group => group)]);
}
