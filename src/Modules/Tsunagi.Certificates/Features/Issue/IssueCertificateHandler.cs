using System.Text.Json;
using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Sequences;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// 証明書交付: checks the request (<see cref="IssuePreparation"/>), then numbers the certificate per 年度, gives it a
/// verification code, stores its content without 個人番号 with the content's SHA-256, and writes the issuance (unpaid),
/// its audit event and the <see cref="CertificateIssued"/> message in one transaction. A repeat with the same
/// idempotency key returns the first issuance and writes nothing.
/// </summary>
internal sealed class IssueCertificateHandler(
    CertificatesDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    NumberSequences sequences,
    ITenantContext tenant,
    IssuePreparation preparation,
    IRegisterExtract register,
    VerificationUrls urls,
    IAuditActor actor,
    TimeProvider time,
    IUsageMeter meter)
{
    public const string Operation = "certificates.issue";
    public const string IssuedAction = "certificates.issued";
    public const string SequenceName = "certificate";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IssueCertificateResult> HandleAsync(IssueCertificateCommand command, string? idempotencyKey, string? requestBaseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        // A repeat answers before the register is read again (those reads are audited).
        if (idempotencyKey is not null && await idempotency.FindAsync<IssueCertificateResult>(idempotencyKey, Operation, requestHash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var prepared = await preparation.PrepareAsync(command, cancellationToken);
        var numbers = await IndividualNumbersAsync(prepared, cancellationToken);
        return await unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<IssueCertificateResult>(idempotencyKey, Operation, requestHash, ct) is { } first)
            {
                return first;
            }

            var fiscalYear = NumberSequences.FiscalYearOf(prepared.IssuedOn);
            var number = $"{fiscalYear}-{await sequences.NextAsync(SequenceName, fiscalYear, ct):000000}";
            var code = VerificationCode.Create(tenant.TenantId);
            var content = IssuePreparation.ContentOf(prepared, number, code, urls.For(tenant.TenantId, code, requestBaseUrl), numbers);
            var json = CertificateContentJson.Serialize(content);
            var now = time.GetUtcNow();
            var issuance = new Issuance
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(now),
                Number = number,
                FiscalYear = fiscalYear,
                Type = command.Type,
                HouseholdId = command.HouseholdId,
                ResidentIds = [.. prepared.Subjects.Persons.Select(p => p.ResidentId)],
                OptionsJson = JsonSerializer.Serialize(command.Options, Json),
                RequesterType = command.Requester.Type,
                RequesterJson = JsonSerializer.Serialize(command.Requester, Json),
                Copies = command.Copies,
                FeePerCopy = prepared.Fee.FeePerCopy,
                FeeTotal = prepared.Fee.Total,
                FeeExemption = prepared.Fee.Exemption,
                VerificationCode = code,
                ContentHash = CertificateContentJson.HashOf(json),
                ContentJson = json,
                PageCount = prepared.PageCount,
                IssuedOn = prepared.IssuedOn,
                IssuedAt = now,
                IssuedBy = new CashActor(actor).Id,
                Counter = prepared.Counter,
                IdempotencyKey = idempotencyKey,
            };
            db.Issuances.Add(issuance);
            unitOfWork.OnCommitted(() => meter.Record(UsageMetric.Certificates, issuance.Copies));
            await audit.AppendAsync(new AuditEntry(IssuedAction, "issuance", issuance.Id.ToString()), ct);
            outbox.Add(new CertificateIssued(issuance.Id, issuance.Type, issuance.Copies, issuance.FeeTotal));
            var result = new IssueCertificateResult(issuance.Id, number, code, issuance.FeeTotal, issuance.FeePerCopy, issuance.Copies, issuance.PageCount, issuance.FeeExemption);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    /// <summary>個人番号 only when it prints; each fetch is audited by the residents module as a reveal for 証明書交付.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>> IndividualNumbersAsync(PreparedIssue prepared, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<Guid, string>();
        if (!prepared.Items.IndividualNumber)
        {
            return numbers;
        }

        foreach (var person in prepared.Subjects.Persons.Where(p => p.HasIndividualNumber))
        {
            if (await register.IndividualNumberAsync(person.ResidentId, IssueSubjects.Purpose, cancellationToken) is { } number)
            {
                numbers[person.ResidentId] = number;
            }
        }

        return numbers;
    }
}
