namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>
/// The yearly share paid in twelve monthly installments (月割), April to March: each part is split twelve ways by
/// largest remainder, so the leftover yen fall on the earliest months and the twelve months sum exactly to the year.
/// </summary>
public static class MonthlyInstallments
{
    private static readonly (string Code, long Key)[] Months = [.. Enumerable.Range(1, 12).Select(i => (i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), 1L))];

    public static IReadOnlyList<MonthlyInstallment> Of(int fiscalYear, MemberShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        var equal = LargestRemainder.Split(share.EqualPart, Months);
        var population = LargestRemainder.Split(share.PopulationPart, Months);
        var usage = LargestRemainder.Split(share.UsagePart, Months);
        return [.. Enumerable.Range(0, 12).Select(i => new MonthlyInstallment(
            i < 9 ? fiscalYear : fiscalYear + 1,
            ((i + 3) % 12) + 1,
            equal[i],
            population[i],
            usage[i]))];
    }
}
