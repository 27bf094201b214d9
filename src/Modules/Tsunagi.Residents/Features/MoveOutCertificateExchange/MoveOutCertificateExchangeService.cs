using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.MoveOutCertificateExchange;

/// <summary>
/// The one way a member town reads another's residents: the receiving town (the current tenant) asks the
/// sending town for one 転出証明書 by number. The sending town's data is read in its own tenant scope, only
/// when the certificate names the receiving town and is unused; both towns audit the exchange.
/// </summary>
public sealed class MoveOutCertificateExchangeService(
    IServiceProvider services,
    ITenantContext tenant,
    AuditTrail audit,
    ConsortiumMunicipalities consortium,
    TimeProvider time)
{
    public const string ExchangeAction = "residents.move-out-certificate.exchange";
    public const string UseAction = "residents.move-out-certificate.use";
    public const string ReleaseAction = "residents.move-out-certificate.release";
    public const string CodeField = "moveOutMunicipalityCode";
    public const string NumberField = "moveOutCertificateNumber";

    public async Task<ExchangedMoveOutCertificate> LoadAsync(string municipalityCode, string number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        number = number.Trim().Normalize(NormalizationForm.FormKC);
        var source = await SourceAsync(municipalityCode, cancellationToken);
        var receiving = tenant.TenantId;
        var (id, certificate) = await services.InTenantScopeAsync(source.Code, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<ResidentsDbContext>();
            var found = await db.MoveOutCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, cancellationToken);
            Refuse(found, receiving);
            await sp.GetRequiredService<AuditTrail>().RecordAsync(
                new AuditEntry(ExchangeAction, "move-out-certificate", found!.Id.ToString(), Purpose: "disclosed-to:" + receiving), cancellationToken);
            var records = JsonSerializer.Deserialize<List<ResidentRecord>>(found.RecordsJson, ResidencyChange.Json) ?? [];
            return (found.Id, new ExchangedMoveOutCertificate(source.Code, source.FullName, found.Number, found.PlannedMoveOutOn, found.DestinationAddress, records));
        });
        await audit.RecordAsync(new AuditEntry(ExchangeAction, "move-out-certificate", id.ToString(), Purpose: "received-from:" + source.Code), cancellationToken);
        return certificate;
    }

    /// <summary>Marks the certificate used (once) in the sending town and audits it in both towns.</summary>
    public async Task MarkUsedAsync(string municipalityCode, string number, CancellationToken cancellationToken = default)
    {
        var used = await UseAsync(municipalityCode, number, cancellationToken);
        await audit.RecordAsync(ReceivingAudit(used), cancellationToken);
    }

    /// <summary>
    /// The sending town marks the certificate used by this town (a conditional update, so two move-ins racing for
    /// one certificate cannot both use it), audited there. The receiving town appends <see cref="ReceivingAudit"/>
    /// to its own change; should that change fail, <see cref="ReleaseAsync"/> gives the certificate back.
    /// </summary>
    public async Task<UsedMoveOutCertificate> UseAsync(string municipalityCode, string number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        number = number.Trim().Normalize(NormalizationForm.FormKC);
        var source = await SourceAsync(municipalityCode, cancellationToken);
        var receiving = tenant.TenantId;
        var now = time.GetUtcNow();
        var id = await services.InTenantScopeAsync(source.Code, TenantKind.Municipality, sp =>
        {
            var db = sp.GetRequiredService<ResidentsDbContext>();
            var sendingAudit = sp.GetRequiredService<AuditTrail>();
            return sp.GetRequiredService<UnitOfWork>().RunAsync(db, async ct =>
            {
                var found = await db.MoveOutCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
                Refuse(found, receiving);
                var updated = await db.MoveOutCertificates
                    .Where(c => c.Id == found!.Id && c.UsedByMunicipalityCode == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedByMunicipalityCode, receiving).SetProperty(c => c.UsedAt, now), ct);
                if (updated != 1)
                {
                    throw ResidentRuleException.Of(NumberField, "Field.MoveOutCertificateNumber", "Problem.CertificateUsed");
                }

                await sendingAudit.AppendAsync(new AuditEntry(UseAction, "move-out-certificate", found!.Id.ToString(), Purpose: "used-by:" + receiving), ct);
                return found.Id;
            }, cancellationToken);
        });
        return new UsedMoveOutCertificate(id, source.Code);
    }

    /// <summary>The receiving town's audit event of a use, to append in the transaction of its 転入.</summary>
    public static AuditEntry ReceivingAudit(UsedMoveOutCertificate used)
    {
        ArgumentNullException.ThrowIfNull(used);
        return new AuditEntry(UseAction, "move-out-certificate", used.CertificateId.ToString(), Purpose: "used-from:" + used.MunicipalityCode);
    }

    /// <summary>The 転入 that used the certificate was not recorded: the sending town makes it usable again, audited.</summary>
    public Task ReleaseAsync(UsedMoveOutCertificate used, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(used);
        var receiving = tenant.TenantId;
        return services.InTenantScopeAsync(used.MunicipalityCode, TenantKind.Municipality, sp =>
        {
            var db = sp.GetRequiredService<ResidentsDbContext>();
            var sendingAudit = sp.GetRequiredService<AuditTrail>();
            return sp.GetRequiredService<UnitOfWork>().RunAsync(db, async ct =>
            {
                await db.MoveOutCertificates
                    .Where(c => c.Id == used.CertificateId && c.UsedByMunicipalityCode == receiving)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedByMunicipalityCode, (string?)null).SetProperty(c => c.UsedAt, (DateTimeOffset?)null), ct);
                await sendingAudit.AppendAsync(new AuditEntry(ReleaseAction, "move-out-certificate", used.CertificateId.ToString(), Purpose: "released-by:" + receiving), ct);
                return 0;
            }, cancellationToken);
        });
    }

    private static void Refuse(MoveOutCertificate? certificate, string receiving)
    {
        if (certificate is null)
        {
            throw ResidentRuleException.Of(NumberField, "Field.MoveOutCertificateNumber", "Problem.CertificateNotFound");
        }

        if (certificate.DestinationMunicipalityCode != receiving)
        {
            throw ResidentRuleException.Of(NumberField, "Field.MoveOutCertificateNumber", "Problem.CertificateOtherDestination");
        }

        if (certificate.UsedByMunicipalityCode is not null)
        {
            throw ResidentRuleException.Of(NumberField, "Field.MoveOutCertificateNumber", "Problem.CertificateUsed");
        }
    }

    private async Task<Municipality> SourceAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        var code = LocalGovernmentCode.TryParse(municipalityCode, out var parsed, out _) ? parsed.Value.Value : null;
        return (await consortium.OthersAsync(cancellationToken)).FirstOrDefault(m => m.Code == code)
            ?? throw ResidentRuleException.Of(CodeField, "Field.MoveOutMunicipalityCode", "Problem.NotConsortiumSource");
    }
}
