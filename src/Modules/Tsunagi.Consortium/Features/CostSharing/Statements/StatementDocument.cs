using System.Globalization;
using Tsunagi.Consortium.Features.CostSharing.Figures;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Features.CostSharing.Statements;

/// <summary>The 負担金 statement PDF, one page per member: title, addressee, 年度 and period, breakdown, total, issuer.</summary>
public static class StatementDocument
{
    public static Document Build(IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var ja = CostText.Japanese;
        var builder = new DocumentBuilder();
        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (i > 0)
            {
                builder.PageBreak();
            }

            builder.Title(CostText.Get(s.Month is null ? "Cost.Statement.TitleYear" : "Cost.Statement.TitleMonth", ja))
                .RightAligned(DocumentEraDateFormat.Format(s.IssuedOn))
                .Paragraph(s.Name + "長　様", TextStyle.Heading)
                .Space()
                .Paragraph(CostText.Get("Cost.Statement.Year", ja) + "　" + FiscalYears.Label(s.FiscalYear))
                .Paragraph(CostText.Get("Cost.Statement.Period", ja) + "　" + DocumentEraDateFormat.Format(s.PeriodStart) + "～" + DocumentEraDateFormat.Format(s.PeriodEnd))
                .Space()
                .Table(new DocumentTable([2, 4, 2], [CostText.Get("Cost.Statement.Item", ja), CostText.Get("Cost.Statement.Basis", ja), CostText.Get("Cost.Statement.Amount", ja)], Rows(s)))
                .Space()
                .Paragraph(CostText.Get("Cost.Statement.Total", ja) + "　" + CostText.Yen(s.Total), TextStyle.Heading);
            if (s.Month is null)
            {
                builder.Paragraph(CostText.Get("Cost.Column.Standalone", ja) + "　" + CostText.Yen(s.Share.StandaloneYen) + "　" + CostText.Get("Cost.Column.Saving", ja) + "　" + CostText.Percent(s.Share.Saving));
            }

            builder.Space().RightAligned(s.Issuer);
        }

        return builder.Build();
    }

    private static List<IReadOnlyList<string>> Rows(Statement s)
    {
        var ja = CostText.Japanese;
        var f = s.Participant.Figures;
        string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
        var monthly = s.Month is null ? string.Empty : CostText.Get("Cost.Statement.Monthly", ja);
        return
        [
            [CostText.Get("Cost.Column.Equal", ja), CostText.Get("Cost.Statement.EqualBasis", ja) + monthly, CostText.Yen(s.EqualPart)],
            [CostText.Get("Cost.Column.Population", ja), string.Format(ja, CostText.Get("Cost.Statement.PopulationBasis", ja), N(f.StoredResidents)) + monthly, CostText.Yen(s.PopulationPart)],
            [CostText.Get("Cost.Column.Usage", ja), string.Format(ja, CostText.Get("Cost.Statement.UsageBasis", ja), N(f.Notifications), N(f.Certificates), N(f.ApiCalls)) + monthly, CostText.Yen(s.UsagePart)],
            [CostText.Get("Cost.Statement.Total", ja), string.Empty, CostText.Yen(s.Total)],
        ];
    }
}
