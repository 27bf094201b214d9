using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>Reads <c>date</c> (R7.11.23, 令和7年11月23日 or 2025-11-23; today when empty) and <c>counter</c> (all when empty).</summary>
public static class CashReportRequest
{
    public static (DateOnly Date, string? Counter) Parse(string? date, string? counter, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        DateOnly day;
        if (string.IsNullOrWhiteSpace(date))
        {
            day = TokyoTime.Today(time);
        }
        else if (!CashInput.TryDate(date, out day))
        {
            throw new CashRuleException("date", "Cash.Problem.ReportDateFormat");
        }

        if (counter is { Length: > 100 })
        {
            throw new CashRuleException("counter", "Cash.Problem.TooLong.counter", 100);
        }

        return (day, string.IsNullOrWhiteSpace(counter) ? null : counter.Trim());
    }
}
