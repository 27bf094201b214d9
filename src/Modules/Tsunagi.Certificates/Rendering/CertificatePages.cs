using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// Lays person blocks out page by page: every page starts with the header, holds at most
/// <paramref name="personsPerPage"/> persons (fewer when their blocks do not fit) and no block is split. 「以下余白」
/// follows the last person; the footer follows on the same page when it fits, else on a page of its own under the header.
/// </summary>
internal sealed class CertificatePages(CertificateHeader header, CertificateFooter footer, int personsPerPage)
{
    private const int EndOfEntriesLines = 1;

    public Document Build(IReadOnlyList<PersonBlock> persons)
    {
        var builder = new DocumentBuilder();
        var used = StartPage(builder, first: true);
        var onPage = 0;
        for (var i = 0; i < persons.Count; i++)
        {
            var needed = persons[i].Lines + (i == persons.Count - 1 ? EndOfEntriesLines : 0);
            if (onPage == personsPerPage || (onPage > 0 && used + needed > PageGeometry.GridLines))
            {
                used = StartPage(builder, first: false);
                onPage = 0;
            }

            RowTables.Add(builder, persons[i].Rows);
            used += persons[i].Lines;
            onPage++;
        }

        builder.Paragraph(PrintedLabels.EndOfEntries, alignment: HorizontalAlignment.Center);
        used += EndOfEntriesLines;
        if (used + footer.Lines > PageGeometry.GridLines)
        {
            StartPage(builder, first: false);
        }

        footer.Add(builder);
        return builder.Build();
    }

    private int StartPage(DocumentBuilder builder, bool first)
    {
        if (!first)
        {
            builder.PageBreak();
        }

        header.Add(builder);
        return header.Lines;
    }
}
