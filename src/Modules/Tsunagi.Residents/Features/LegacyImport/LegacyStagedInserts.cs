using System.Diagnostics.CodeAnalysis;
using Npgsql;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.LegacyImport;

/// <summary>
/// The set-based import on PostgreSQL: one <c>INSERT … SELECT</c> per register table from the staged entries (a
/// relation described in <see cref="Contracts.LegacyImport.ILegacyResidentImport.ImportStagedAsync"/>), parents
/// first, run on the register's transaction under the tenant's row-level security. People whose legacy id is
/// already entered are taken out first (from a temporary copy of the entries).
/// Columns not taken from the entries are the constants <see cref="LegacyEntries.Register"/> gives every
/// migrated entry; the test comparing both imports row by row keeps them equal.
/// </summary>
internal static class LegacyStagedInserts
{
    // The people to enter, copied once from the caller's relation into a temporary table with fresh statistics: the
    // staged rows were just written and not yet analysed, and with an estimate of one row the planner probed the
    // history of the whole municipality once per person (a nested loop on the tenant alone) to find those already entered.
    private const string Fresh = "legacy_fresh_entries";

    [SuppressMessage("Security", "CA2100", Justification = "The relation name comes from the calling module's code (a temporary view it created), never from input.")]
    public static async Task<(int Households, int Residents, int Staged)> RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string entries, string tenantId, DateTimeOffset recordedAt, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        int staged;
        await using (var copy = new NpgsqlCommand($"CREATE TEMP TABLE {Fresh} ON COMMIT DROP AS SELECT * FROM {entries}; ANALYZE {Fresh}", connection, transaction))
        {
            copy.CommandTimeout = 0;
            await copy.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var count = new NpgsqlCommand($"SELECT count(*) FROM {Fresh}", connection, transaction))
        {
            staged = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        await ExecuteAsync(connection, transaction, $"""
            DELETE FROM {Fresh} s USING residency_changes c
            WHERE c.tenant_id = @tenant AND c.idempotency_key = @prefix || s.legacy_id AND c.kind = @kind
            """, tenantId, recordedAt, cancellationToken);
        var households = await ExecuteAsync(connection, transaction, $"""
            INSERT INTO households (tenant_id, id, ended_on, formed_on, version)
            SELECT @tenant, s.register_household_id, NULL, min(s.entered_on), 0 FROM {Fresh} s GROUP BY s.register_household_id
            """, tenantId, recordedAt, cancellationToken);
        var residents = await ExecuteAsync(connection, transaction, $"""
            INSERT INTO residents (tenant_id, id, address_line, change_count, date_of_birth, family_name, family_name_kana,
                given_kana_key, given_name, given_name_kana, given_name_key, household_id, individual_number_cipher,
                individual_number_index, kana_key, last_effective_on, locality, name_key, postal_code, record_json,
                relationship, removal_kind, removed_on, resident_record_code, status, version)
            SELECT @tenant, s.resident_id, s.address_line, 1, s.date_of_birth, s.family_name, s.family_name_kana,
                s.given_kana_key, s.given_name, s.given_name_kana, s.given_name_key, s.register_household_id, s.individual_number_cipher,
                s.individual_number_index, s.kana_key, s.entered_on, s.locality, s.name_key, s.postal_code, s.record_json,
                s.relationship, NULL, NULL, s.resident_record_code, @registered, 1
            FROM {Fresh} s
            """, tenantId, recordedAt, cancellationToken);
        progress?.Report(residents);
        var changes = await ExecuteAsync(connection, transaction, $"""
            INSERT INTO residency_changes (tenant_id, id, actor_id, approved_by, effective_on, idempotency_key, kind,
                late_notification, notified_on, origin, reason, record_json, recorded_at, resident_id, sequence, status_after)
            SELECT @tenant, s.change_id, @actor, NULL, s.entered_on, @prefix || s.legacy_id, @kind,
                s.late_notification, s.entered_on, @origin, @reason, s.record_json, @recorded_at, s.resident_id, 1, @registered
            FROM {Fresh} s
            """, tenantId, recordedAt, cancellationToken);
        if (changes != residents)
        {
            throw new InvalidOperationException("The legacy import wrote a different number of residents and history entries.");
        }

        return (households, residents, staged);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string tenantId, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, tenantId, recordedAt);
        command.CommandTimeout = 0; // one statement per table for the whole file: 1,000,000 rows take minutes
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [SuppressMessage("Security", "CA2100", Justification = "The relation name comes from the calling module's code (a temporary view it created), never from input; values are bound.")]
    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string tenantId, DateTimeOffset recordedAt)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("prefix", LegacyKeys.Prefix);
        command.Parameters.AddWithValue("kind", nameof(ChangeKind.MigratedEntry));
        command.Parameters.AddWithValue("origin", nameof(ChangeOrigin.ExOfficio));
        command.Parameters.AddWithValue("registered", nameof(ResidentStatus.Registered));
        command.Parameters.AddWithValue("actor", LegacyEntries.ActorId);
        command.Parameters.AddWithValue("reason", LegacyEntries.Reason);
        command.Parameters.AddWithValue("recorded_at", recordedAt);
        return command;
    }
}
