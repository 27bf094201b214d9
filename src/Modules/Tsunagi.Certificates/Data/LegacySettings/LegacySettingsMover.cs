using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Data.LegacySettings;

/// <summary>
/// Moves the current tenant's rows of the former tables (renamed <c>legacy_fee_schedule</c> and
/// <c>legacy_certificate_settings</c> by the <c>SettingsOnPlatform</c> migration) into municipality-scope setting values,
/// then deletes them, in one transaction with one audit event per setting. Running it again finds nothing to move.
/// </summary>
public sealed class LegacySettingsMover(CertificatesDbContext db, UnitOfWork unitOfWork, SettingsStore store, SettingsCache cache, AuditTrail audit, Outbox outbox, ITenantContext tenant, IAuditActor actor)
{
    public const string MovedAction = "certificates.settings-moved";

    /// <summary>The number of setting versions written (0 when the tenant had nothing left to move).</summary>
    public async Task<int> MoveAsync(CancellationToken cancellationToken = default)
    {
        var written = await unitOfWork.RunAsync(db, async ct =>
        {
            var fees = await ReadFeesAsync(ct);
            var print = await ReadPrintAsync(ct);
            if (fees.Count == 0 && print is null)
            {
                return 0;
            }

            var scope = SettingScope.Municipality(tenant.TenantId);
            var recordedBy = SettingChangeActor.IdOf(actor);
            var count = 0;
            foreach (var (effectiveFrom, table) in LegacySettingsConversion.FeeVersions(fees))
            {
                await store.AppendAsync(CertificateSettingSource.Fees.Key, scope, effectiveFrom, CertificateSettingSource.Fees.Serialize(table), recordedBy, null, ct);
                count++;
            }

            if (fees.Count > 0)
            {
                await audit.AppendAsync(Entry(scope, CertificateSettingSource.Fees.Key), ct);
                outbox.Add(new SettingChanged(CertificateSettingSource.Fees.Key));
            }

            if (print is not null)
            {
                var value = LegacySettingsConversion.Print(print);
                await store.AppendAsync(CertificateSettingSource.Print.Key, scope, LegacySettingsConversion.PrintEffectiveFrom, CertificateSettingSource.Print.Serialize(value), recordedBy, null, ct);
                await audit.AppendAsync(Entry(scope, CertificateSettingSource.Print.Key), ct);
                outbox.Add(new SettingChanged(CertificateSettingSource.Print.Key));
                count++;
            }

            await ExecuteAsync("DELETE FROM legacy_fee_schedule WHERE tenant_id = @tenant", ct);
            await ExecuteAsync("DELETE FROM legacy_certificate_settings WHERE tenant_id = @tenant", ct);
            return count;
        }, cancellationToken);

        cache.Invalidate(CertificateSettingSource.Fees.Key);
        cache.Invalidate(CertificateSettingSource.Print.Key);
        return written;
    }

    private static AuditEntry Entry(SettingScope scope, string key) => new(MovedAction, "setting", $"{scope}/{key}");

    private async Task<List<LegacyFeeRow>> ReadFeesAsync(CancellationToken cancellationToken)
    {
        var rows = new List<LegacyFeeRow>();
        await using var command = Command("SELECT type, fee_per_copy, effective_from FROM legacy_fee_schedule WHERE tenant_id = @tenant");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var type = (CertificateType)reader.GetInt32(0);
            if (LegacySettingsConversion.IsKnown(type))
            {
                rows.Add(new LegacyFeeRow(type, reader.GetInt64(1), DateOf(reader.GetValue(2))));
            }
        }

        return rows;
    }

    private async Task<LegacyPrintRow?> ReadPrintAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT certification_statement, mayor_title, mayor_name, seal_png, counters FROM legacy_certificate_settings WHERE tenant_id = @tenant");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new LegacyPrintRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3), reader.GetString(4));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only the constant statements of this class; the tenant is a parameter.")]
    private DbCommand Command(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@tenant";
        parameter.Value = tenant.TenantId;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>SQLite keeps a DateOnly as text (yyyy-MM-dd), PostgreSQL as a date.</summary>
    private static DateOnly DateOf(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("Unexpected date value in legacy_fee_schedule."),
    };
}
