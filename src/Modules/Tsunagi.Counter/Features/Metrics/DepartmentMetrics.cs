namespace Tsunagi.Counter.Features.Metrics;

/// <summary>A department's steps of the period's cases: done (完了 or 不要), open within the SLA, open past the SLA.</summary>
public sealed record DepartmentMetrics(string Department, int Done, int Open, int Overdue)
{
    public int Total => Done + Open + Overdue;
}
