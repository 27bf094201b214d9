using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Features.CostSharing.Statements;

/// <summary>
/// What a 負担金 statement shows for one member: the year, the period (a month, or the whole year when
/// <paramref name="Month"/> is null), the parts and total for that period, and the issuer.
/// </summary>
public sealed record Statement(int FiscalYear, int? Month, string Code, string Name, MemberShare Share, Participant Participant, IReadOnlyList<MonthlyInstallment> Months, string Issuer, DateOnly IssuedOn)
{
    public MonthlyInstallment? Installment => Month is { } m ? Months.First(i => i.Month == m) : null;

    public long EqualPart => Installment?.EqualPart ?? Share.EqualPart;

    public long PopulationPart => Installment?.PopulationPart ?? Share.PopulationPart;

    public long UsagePart => Installment?.UsagePart ?? Share.UsagePart;

    public long Total => EqualPart + PopulationPart + UsagePart;

    public DateOnly PeriodStart => Installment is { } i ? new DateOnly(i.Year, i.Month, 1) : new DateOnly(FiscalYear, 4, 1);

    public DateOnly PeriodEnd => Installment is { } i ? PeriodStart.AddMonths(1).AddDays(-1) : new DateOnly(FiscalYear + 1, 3, 31);
}
