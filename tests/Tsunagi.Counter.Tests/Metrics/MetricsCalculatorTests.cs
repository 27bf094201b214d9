using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.Metrics;

namespace Tsunagi.Counter.Tests.Metrics;

public sealed class MetricsCalculatorTests
{
    private static readonly DateTimeOffset Nine = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Nine.AddHours(3);
    private static readonly MetricsPeriod October = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), null);

    [Fact]
    public void Waiting_and_service_medians_and_p90_are_values_that_occurred_by_nearest_rank()
    {
        List<MetricsCase> cases =
        [
            Case(LifeEvent.MoveIn, CaseState.Closed, waited: 10, served: 25),
            Case(LifeEvent.MoveIn, CaseState.Closed, waited: 50, served: 5),
            Case(LifeEvent.MoveIn, CaseState.InService, waited: 30),
            Case(LifeEvent.MoveIn, CaseState.Closed, waited: 20, served: 15),
            Case(LifeEvent.MoveIn, CaseState.Called, waited: 40),
            Case(LifeEvent.MoveIn, CaseState.Received),
        ];

        var moveIn = MetricsCalculator.Compute(October, cases, Now).LifeEvents.Single(e => e.LifeEvent == "move-in");

        Assert.Equal(6, moveIn.Cases);
        Assert.Equal(3, moveIn.Closed);
        Assert.Equal(new TimeFigures(5, 30, 50), moveIn.Waiting);
        Assert.Equal(new TimeFigures(3, 15, 25), moveIn.Service);
    }

    [Fact]
    public void Cases_are_counted_per_life_event_and_every_life_event_is_listed()
    {
        List<MetricsCase> cases =
        [
            Case(LifeEvent.MoveIn, CaseState.Closed, waited: 5, served: 5),
            Case(LifeEvent.MoveIn, CaseState.Received),
            Case(LifeEvent.CertificatesOnly, CaseState.Cancelled, waited: 2),
        ];

        var metrics = MetricsCalculator.Compute(October, cases, Now);

        Assert.Equal(3, metrics.Cases);
        Assert.Equal(9, metrics.LifeEvents.Count);
        Assert.Equal(2, metrics.LifeEvents.Single(e => e.NameJa == "転入").Cases);
        Assert.Equal(1, metrics.LifeEvents.Single(e => e.NameJa == "証明書のみ").Cancelled);
        Assert.Equal(0, metrics.LifeEvents.Single(e => e.NameJa == "死亡").Cases);
        Assert.Equal(new TimeFigures(0, null, null), metrics.LifeEvents.Single(e => e.NameJa == "死亡").Waiting);
    }

    [Fact]
    public void Steps_per_department_are_done_open_or_overdue_and_steps_of_cancelled_cases_are_left_out()
    {
        List<MetricsCase> cases =
        [
            Case(LifeEvent.MoveIn, CaseState.InService, waited: 5, steps:
            [
                Step("jumin-tennyu", "町民課", StepState.Completed, slaMinutes: 30, completedAfter: 20),
                Step("jumin-tennyu", "町民課", StepState.Completed, slaMinutes: 30, completedAfter: 45),
                Step("jumin-tennyu", "町民課", StepState.InProgress, slaMinutes: 24 * 60),
                Step("kokuho-kanyu", "保険年金課", StepState.Accepted, slaMinutes: 15),
                Step("kokuho-kanyu", "保険年金課", StepState.NotNeeded, slaMinutes: 15),
            ]),
            Case(LifeEvent.CertificatesOnly, CaseState.Cancelled, steps: [Step("shomei-shotoku", "税務課", StepState.NotStarted, slaMinutes: 10)]),
        ];

        var metrics = MetricsCalculator.Compute(October, cases, Now);

        Assert.Equal([new DepartmentMetrics("保険年金課", 1, 0, 1), new DepartmentMetrics("町民課", 2, 1, 0)], metrics.Departments);
        var register = metrics.Procedures.Single(p => p.ProcedureCode == "jumin-tennyu");
        Assert.Equal((3, 2, 1, 33.3), (register.Steps, register.Completed, register.Overdue, register.OverduePercent));
        Assert.Equal(new TimeFigures(2, 20, 45), register.Processing);
        var insurance = metrics.Procedures.Single(p => p.ProcedureCode == "kokuho-kanyu");
        Assert.Equal((2, 1, 100.0), (insurance.Steps, insurance.Overdue, insurance.OverduePercent));
        Assert.DoesNotContain(metrics.Procedures, p => p.ProcedureCode == "shomei-shotoku");
    }

    private static MetricsCase Case(LifeEvent lifeEvent, CaseState state, int? waited = null, int? served = null, IReadOnlyList<MetricsStep>? steps = null)
    {
        DateTimeOffset? called = waited is { } w ? Nine.AddMinutes(w) : null;
        DateTimeOffset? closed = served is { } s ? called!.Value.AddMinutes(s) : null;
        return new MetricsCase(lifeEvent, state, Nine, called, closed, steps ?? []);
    }

    private static MetricsStep Step(string code, string department, StepState state, int slaMinutes, int? completedAfter = null) =>
        new(code, code, department, state, Nine, completedAfter is { } c ? Nine.AddMinutes(c) : null, Nine.AddMinutes(slaMinutes));
}
