using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Contracts.Cases;
using Tsunagi.Counter.Contracts.PreApplications;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Sequences;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Counter.Features.Reception;

/// <summary>
/// Opens a case: checks the reception, matches the visitor in the register (an audited read), loads the pre-application's
/// draft, asks the procedure suggestions for the household and writes the case with one step per suggestion, its
/// reception number, the audit event and <see cref="CounterCaseOpened"/> in one transaction. A repeat with the same
/// idempotency key returns the first case.
/// </summary>
public sealed class OpenCaseHandler(
    CounterDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    NumberSequences sequences,
    ITenantContext tenant,
    TimeProvider time,
    IAuditActor actor,
    IRegisterExtract register,
    IServiceProvider services)
{
    public const string Operation = "counter.open-case";
    public const string MatchPurpose = "総合窓口の本人確認";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<OpenedCase> OpenAsync(ReceptionInput input, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var today = TokyoTime.Today(time);
        var command = ReceptionParser.Parse(input, today);
        var requestHash = IdempotencyStore.HashOf(command);
        if (idempotencyKey is not null && await idempotency.FindAsync<OpenedCase>(idempotencyKey, Operation, requestHash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var matched = command.ResidentId is { } residentId
            ? await register.PersonAsOfAsync(residentId, today, MatchPurpose, cancellationToken)
                ?? throw new CaseRuleException("residentId", "本人：住民記録に見つかりません。検索し直してください。", "Person: not found in the register; search again.")
            : null;
        var preApplication = await PreApplicationAsync(command, cancellationToken);
        var household = command.Household.Count > 0 ? command.Household : await HouseholdAsync(matched, preApplication, today, cancellationToken);
        var facts = new VisitFacts(command.LifeEvent, command.EventDate, household, command.FromAbroad || preApplication?.MoveIn?.FromAbroad == true);
        var suggestions = services.GetService<IProcedureSuggestions>() is { } rules ? await rules.SuggestAsync(facts, cancellationToken) : [];
        var draft = preApplication switch
        {
            { MoveIn: { } moveIn } => JsonSerializer.Serialize(moveIn, Json),
            { MoveOut: { } moveOut } => JsonSerializer.Serialize(moveOut, Json),
            _ => null,
        };

        return await unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<OpenedCase>(idempotencyKey, Operation, requestHash, ct) is { } again)
            {
                return again;
            }

            var now = time.GetUtcNow();
            var sequence = (int)await sequences.NextAsync($"counter.reception.{command.Area}.{today:yyyyMMdd}", NumberSequences.FiscalYearOf(today), ct);
            var counterCase = new CounterCase
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(now),
                Area = command.Area,
                ReceivedOn = today,
                Sequence = sequence,
                ReceptionNumber = string.Create(CultureInfo.InvariantCulture, $"{command.Area}-{sequence:000}"),
                LifeEvent = command.LifeEvent,
                IdentityDocument = command.IdentityDocument,
                IdentityNumberLast4 = command.IdentityNumberLast4,
                ResidentId = command.ResidentId,
                IsNewResident = command.ResidentId is null,
                PreApplicationReference = preApplication?.Reference,
                DraftJson = draft,
                State = CaseState.Received,
                ClerkId = SettingChangeActor.IdOf(actor),
                ReceivedAt = now,
            };
            foreach (var step in CaseSteps.From(counterCase, suggestions, now))
            {
                counterCase.Steps.Add(step);
            }

            db.Cases.Add(counterCase);
            await audit.AppendAsync(new AuditEntry("counter.case-opened", "counter-case", counterCase.Id.ToString()), ct);
            outbox.Add(new CounterCaseOpened(counterCase.Id, counterCase.LifeEvent, counterCase.Area, counterCase.ReceptionNumber, now));
            if (preApplication is not null)
            {
                await services.GetRequiredService<IPreApplications>().MarkTakenAsync(preApplication.Reference, counterCase.Id, ct);
            }

            var result = new OpenedCase(counterCase.Id, counterCase.ReceptionNumber, counterCase.Area, counterCase.Steps.Count);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    private async Task<PreApplicationForCounter?> PreApplicationAsync(ReceptionCommand command, CancellationToken cancellationToken)
    {
        if (command.PreApplicationReference is not { } reference)
        {
            return null;
        }

        var found = services.GetService<IPreApplications>() is { } preApplications ? await preApplications.FindAsync(reference, cancellationToken) : null;
        if (found is null)
        {
            throw new CaseRuleException("preApplicationReference", "事前申請の受付番号：見つかりません（期限切れ・受付済みを含む）。", "Pre-application reference: not found (or expired, or already taken).");
        }

        if (found.LifeEvent != command.LifeEvent)
        {
            throw new CaseRuleException("preApplicationReference", $"事前申請の受付番号：この事前申請は「{LifeEventNames.Ja(found.LifeEvent)}」の申請です。", $"Pre-application reference: it is for another life event ({LifeEventNames.Api(found.LifeEvent)}).");
        }

        return found;
    }

    private async Task<IReadOnlyList<PersonFacts>> HouseholdAsync(RegisterPerson? matched, PreApplicationForCounter? preApplication, DateOnly today, CancellationToken cancellationToken)
    {
        if (preApplication?.MoveIn is { } moveIn)
        {
            return [.. moveIn.Members.Select(m => new PersonFacts(
                m.Relationship ?? string.Empty,
                JapaneseEraDate.TryParse(m.DateOfBirth, out var birth, out _) ? birth : null,
                IsSubject: true,
                IsForeignResident: !string.IsNullOrWhiteSpace(m.Nationality)))];
        }

        if (matched is null || await register.HouseholdAsOfAsync(matched.HouseholdId, today, MatchPurpose, cancellationToken) is not { } household)
        {
            return [];
        }

        return [.. household.Members.Select(m => new PersonFacts(m.Relationship, m.DateOfBirth, m.ResidentId == matched.ResidentId, m.Foreign is not null, ResidentId: m.ResidentId))];
    }
}
