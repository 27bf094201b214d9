using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Counter.Features.Reception;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Sequences;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Demo;

/// <summary>
/// A few cases for 大槌町 so the lobby, the inboxes and the metrics show something: steps from the town's procedure
/// catalogue, reception numbers from the day's series (so the next real visitor gets the next number), timestamps in the
/// recent past. Only when the town has no case yet: running the seed again adds nothing. Not linked to register persons.
/// </summary>
public sealed class CounterDemoSeeder(
    CounterDbContext db,
    UnitOfWork unitOfWork,
    NumberSequences sequences,
    AuditTrail audit,
    ITenantContext tenant,
    TimeProvider time,
    IAuditActor actor,
    IServiceProvider services)
{
    public async Task<int> SeedAsync(string municipalityCode, CancellationToken cancellationToken = default)
    {
        if (municipalityCode != DemoVisits.MunicipalityCode || tenant.TenantId != municipalityCode || await db.Cases.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var visits = DemoVisits.For(TokyoTime.Today(time));
        var rules = services.GetService<IProcedureSuggestions>();
        var planned = new List<(DemoVisit Visit, IReadOnlyList<SuggestedProcedure> Suggestions)>();
        foreach (var visit in visits)
        {
            var facts = new VisitFacts(visit.LifeEvent, TokyoTime.Today(time), visit.Household);
            planned.Add((visit, rules is null ? [] : await rules.SuggestAsync(facts, cancellationToken)));
        }

        return await unitOfWork.RunAsync(db, async ct =>
        {
            if (await db.Cases.AnyAsync(ct))
            {
                return 0;
            }

            foreach (var (visit, suggestions) in planned)
            {
                var counterCase = await NewCaseAsync(visit, now, ct);
                foreach (var step in CaseSteps.From(counterCase, suggestions, counterCase.ReceivedAt))
                {
                    counterCase.Steps.Add(step);
                }

                Progress(counterCase, visit, now);
                db.Cases.Add(counterCase);
                await audit.AppendAsync(new AuditEntry("counter.case-opened", "counter-case", counterCase.Id.ToString()), ct);
            }

            return planned.Count;
        }, cancellationToken);
    }

    private async Task<CounterCase> NewCaseAsync(DemoVisit visit, DateTimeOffset now, CancellationToken ct)
    {
        var receivedAt = now - visit.ReceivedAgo;
        var day = DateOnly.FromDateTime(TokyoTime.ToTokyo(receivedAt).DateTime);
        var sequence = (int)await sequences.NextAsync($"counter.reception.{CounterAreas.Default}.{day:yyyyMMdd}", NumberSequences.FiscalYearOf(day), ct);
        return new CounterCase
        {
            TenantId = tenant.TenantId,
            Id = Guid.CreateVersion7(receivedAt),
            Area = CounterAreas.Default,
            ReceivedOn = day,
            Sequence = sequence,
            ReceptionNumber = string.Create(CultureInfo.InvariantCulture, $"{CounterAreas.Default}-{sequence:000}"),
            LifeEvent = visit.LifeEvent,
            IdentityDocument = IdentityDocument.DriversLicence,
            IdentityNumberLast4 = visit.IdentityLast4,
            IsNewResident = visit.LifeEvent == Contracts.LifeEvent.MoveIn,
            State = visit.State,
            ClerkId = SettingChangeActor.IdOf(actor),
            ReceivedAt = receivedAt,
            CalledAt = now - visit.CalledAgo,
            ServedAt = now - visit.CalledAgo + TimeSpan.FromMinutes(1),
            ClosedAt = now - visit.ClosedAgo,
            Version = 1,
        };
    }

    private static void Progress(CounterCase counterCase, DemoVisit visit, DateTimeOffset now)
    {
        var start = counterCase.ServedAt ?? now;
        var end = counterCase.ClosedAt ?? now;
        var steps = counterCase.Steps.OrderBy(s => s.Position).ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (i < visit.CompletedSteps)
            {
                step.State = StepState.Completed;
                step.CompletedAt = start + ((end - start) * (i + 1) / (steps.Count + 1));
                step.UpdatedAt = step.CompletedAt;
                step.StaffId = counterCase.ClerkId;
            }
            else if (counterCase.State != CaseState.Received)
            {
                step.State = i == visit.CompletedSteps && visit.OneInProgress ? StepState.InProgress : StepState.Accepted;
                step.UpdatedAt = start;
                step.StaffId = counterCase.ClerkId;
            }
        }
    }
}
