using Npgsql;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.LegacyMigration;

/// <summary>The set-based import (PostgreSQL) writes the same register rows as the row-by-row import through the domain.</summary>
[Trait("Lane", "postgres")]
public sealed class PostgresSetBasedImportTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    // Every column of the migrated rows except ids, household ids (also inside the record JSON), the time of recording and
    // the 個人番号 cipher (encrypted with a fresh nonce each time; its blind index is compared).
    private const string Residents = """
        SELECT ((to_jsonb(r) - 'id' - 'household_id' - 'record_json' - 'individual_number_cipher')
                || jsonb_build_object('record', replace(r.record_json, r.household_id::text, 'H'), 'cipher', r.individual_number_cipher IS NOT NULL,
                                      'household', (SELECT to_jsonb(h) - 'id' FROM households h WHERE h.tenant_id = r.tenant_id AND h.id = r.household_id),
                                      'housemates', (SELECT count(*) FROM residents o WHERE o.tenant_id = r.tenant_id AND o.household_id = r.household_id)))::text
        FROM residents r JOIN residency_changes c ON c.tenant_id = r.tenant_id AND c.resident_id = r.id
        WHERE c.idempotency_key LIKE 'legacy:C%' ORDER BY c.idempotency_key
        """;

    private const string Changes = """
        SELECT ((to_jsonb(c) - 'id' - 'resident_id' - 'recorded_at' - 'record_json')
                || jsonb_build_object('record', replace(c.record_json, r.household_id::text, 'H')))::text
        FROM residency_changes c JOIN residents r ON r.tenant_id = c.tenant_id AND r.id = c.resident_id
        WHERE c.idempotency_key LIKE 'legacy:C%' ORDER BY c.idempotency_key
        """;

    [Fact]
    public async Task Set_based_import_writes_the_same_rows_as_the_row_by_row_import()
    {
        var file = new LegacyFile();
        file.Add("C1", "HC1", "髙橋", "一", recordCode: LegacyFile.RecordCode(910), number: LegacyFile.Number(910), entered: "H10.4.1");
        file.Add("C2", "HC1", "髙橋", "花子", relationship: "02", sex: "2", givenKana: "ハナコ", recordCode: LegacyFile.RecordCode(911), entered: "R2.5.1");
        file.Add("C3", "HC2", "齋藤", "三郎", birth: "H1.1.8", recordCode: LegacyFile.RecordCode(912), number: LegacyFile.Number(912), familyKana: "サイトウ", givenKana: "サブロウ");
        var bytes = file.ShiftJis();

        var rowByRow = await MigrationScope.RunAsync(factory.Services, "034614", bytes, new MigrationHooks(RowByRow: true));
        var expectedResidents = await ReadAsync(Residents);
        var expectedChanges = await ReadAsync(Changes);
        await RemoveAsync();
        var setBased = await MigrationScope.RunAsync(factory.Services, "034614", bytes);

        Assert.Equal((3, 2), (rowByRow.Imported, rowByRow.Households));
        Assert.Equal((3, 2), (setBased.Imported, setBased.Households));
        Assert.Equal(3, expectedResidents.Count);
        Assert.Equal(expectedResidents, await ReadAsync(Residents));
        Assert.Equal(expectedChanges, await ReadAsync(Changes));
        Assert.Equal(3, (await MigrationScope.MigratedAsync(factory.Services, "034614")).Count(m => m.Key.StartsWith("legacy:C", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Set_based_re_run_imports_nobody_twice()
    {
        var file = new LegacyFile();
        // Not "C…": the comparison test reads every "legacy:C…" person, and the two tests share one database.
        file.Add("R9", "HR9", "佐々木", "九", recordCode: LegacyFile.RecordCode(919), familyKana: "ササキ", givenKana: "キュウ");

        var first = await MigrationScope.RunAsync(factory.Services, "034614", file.Utf8());
        var second = await MigrationScope.RunAsync(factory.Services, "034614", file.Utf8());

        Assert.Equal(1, first.Imported);
        Assert.Equal((0, 1), (second.Imported, second.AlreadyImported));
        Assert.Single(await ReadAsync("SELECT id::text FROM residency_changes WHERE idempotency_key = 'legacy:R9'"));
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Fixed statements of the test.")]
    private async Task<List<string>> ReadAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(factory.AdminConnectionString);
        await admin.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, admin);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task RemoveAsync()
    {
        await using var admin = new NpgsqlConnection(factory.AdminConnectionString);
        await admin.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("""
            CREATE TEMP TABLE gone AS SELECT r.tenant_id, r.id, r.household_id FROM residents r JOIN residency_changes c ON c.tenant_id = r.tenant_id AND c.resident_id = r.id WHERE c.idempotency_key LIKE 'legacy:C%';
            DELETE FROM residency_changes c USING gone g WHERE c.tenant_id = g.tenant_id AND c.resident_id = g.id;
            DELETE FROM residents r USING gone g WHERE r.tenant_id = g.tenant_id AND r.id = g.id;
            DELETE FROM households h USING gone g WHERE h.tenant_id = g.tenant_id AND h.id = g.household_id;
            """, admin);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
