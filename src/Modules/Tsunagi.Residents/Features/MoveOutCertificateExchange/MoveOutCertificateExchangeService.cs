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

    /// <summary>After the 転入 committed: the sending town marks the certificate used (once), audited in both towns.</summary>
    public async Task MarkUsedAsync(string municipalityCode, string number, CancellationToken cancellationToken = default)
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
                // A conditional update, so two move-ins racing for one certificate cannot both use it.
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
        await audit.RecordAsync(new AuditEntry(UseAction, "move-out-certificate", id.ToString(), Purpose: "used-from:" + source.Code), cancellationToken);
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
