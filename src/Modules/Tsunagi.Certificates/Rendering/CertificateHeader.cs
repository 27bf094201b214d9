using Tsunagi.Certificates.Content;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// The top of every page: the title, a line with 「【再交付】」 and 「…現在」 when they apply, and the household rows
/// (住所, 世帯主 when printed, and what the document type adds, e.g. 転出先).
/// </summary>
internal sealed class CertificateHeader(string title, string? marks, IReadOnlyList<LabelledRow> rows)
{
    private static readonly TextStyle MarkStyle = new(FontFace.Gothic, 10.5f);

    /// <summary>The title takes two grid lines and one empty line; the rows are followed by one empty line.</summary>
    public int Lines => 3 + (marks is null ? 0 : 1) + rows.Sum(row => row.Lines) + (rows.Count > 0 ? 1 : 0);

    public static CertificateHeader For(CertificateContent content, IEnumerable<LabelledRow> extraRows)
    {
        List<LabelledRow> rows = [];
        if (content.Address is { Length: > 0 } address)
        {
            rows.Add(LabelledRow.Wide(PrintedLabels.Address, address));
        }

        if (content.Items.HouseholdHeadAndRelationship && content.HouseholdHeadName is { Length: > 0 } head)
        {
            rows.Add(LabelledRow.Wide(PrintedLabels.HouseholdHead, head));
        }

        rows.AddRange(extraRows);
        return new CertificateHeader(CertificateWording.Title(content.Type), Marks(content), rows);
    }

    public void Add(DocumentBuilder builder)
    {
        builder.Title(title);
        if (marks is not null)
        {
            builder.RightAligned(marks, MarkStyle);
        }

        if (rows.Count > 0)
        {
            RowTables.Add(builder, rows);
            builder.Space();
        }
    }

    private static string? Marks(CertificateContent content)
    {
        List<string> marks = [];
        if (content.IsReprint)
        {
            marks.Add(PrintedLabels.Reprint);
        }

        if (content.AsOf is { } asOf)
        {
            marks.Add(PrintedDate.Of(asOf) + PrintedLabels.AsOfSuffix);
        }

        return marks.Count == 0 ? null : string.Join('\u3000', marks);
    }
}
