using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.LegacyMigration;

public sealed class LegacyMigrationTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Dry_run_report_names_each_row_and_field_of_a_file_with_known_errors_and_imports_nothing()
    {
        var file = new LegacyFile();
        var good = file.Add("A1", "H1", "佐藤", "一郎", recordCode: LegacyFile.RecordCode(100), number: LegacyFile.Number(100));
        var wrongNumber = file.Add("A2", "H2", "鈴木", "花子", number: WrongCheckDigit(LegacyFile.Number(101)));
        var impossibleDate = file.Add("A3", "H3", "田中", "次郎", birth: "H11.2.30");
        var unknownLocality = file.Add("A4", "H4", "伊藤", "三郎", locality: "存在しない町");
        var firstCode = file.Add("A5", "H5", "渡辺", "四郎", recordCode: LegacyFile.RecordCode(105));
        var duplicateCode = file.Add("A6", "H6", "中村", "五郎", recordCode: LegacyFile.RecordCode(105));
        var broken = file.Add("A7", "H7", "小林", "BROKEN");
        var noHead = file.Add("A8", "H8", "加藤", "六郎", relationship: "03");
        var headWithBadWife = file.Add("A9", "H9", "吉田", "七郎");
        var badWife = file.Add("A10", "H9", "吉田", "八重", relationship: "02", entered: "H10.4.1", birth: "H31.5.1");
        var bytes = file.ShiftJis();
        var at = FindAscii(bytes, "BROKEN");
        bytes[at] = 0x81;
        bytes[at + 1] = 0x20; // 0x81 starts a double-byte character; 0x20 cannot end one

        var report = await MigrationScope.DryRunAsync(factory.Services, "034614", bytes);

        Assert.Equal(LegacyEncoding.ShiftJis, report.Encoding);
        Assert.DoesNotContain(report.Problems, p => p.Row == good);
        Assert.Contains(new RowProblem(wrongNumber, LegacyField.IndividualNumber, "IndividualNumberCheckDigit"), report.Problems);
        Assert.Contains(new RowProblem(impossibleDate, LegacyField.DateOfBirth, "InvalidDate"), report.Problems);
        Assert.Contains(new RowProblem(unknownLocality, LegacyField.Locality, "UnknownLocality"), report.Problems);
        Assert.DoesNotContain(report.Problems, p => p.Row == firstCode);
        Assert.Contains(new RowProblem(duplicateCode, LegacyField.ResidentRecordCode, "DuplicateResidentRecordCode"), report.Problems);
        Assert.Contains(new RowProblem(broken, LegacyField.Row, "BrokenBytes"), report.Problems);
        Assert.Contains(new RowProblem(noHead, LegacyField.Relationship, "NoHouseholdHead"), report.Problems);
        Assert.Contains(new RowProblem(badWife, LegacyField.DateOfBirth, "InvalidDate"), report.Problems);
        Assert.Contains(new RowProblem(headWithBadWife, LegacyField.HouseholdId, "HouseholdMemberInvalid"), report.Problems);
        Assert.Equal(2, report.ImportableRows);
        Assert.DoesNotContain(await MigrationScope.MigratedAsync(factory.Services, "034614"), m => m.Key.StartsWith("legacy:A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Imported_people_show_migrated_entry_with_their_original_dates_and_are_found_by_the_search()
    {
        var file = new LegacyFile();
        file.Add("B1", "HB1", "髙橋", "太郎", entered: "S60.4.1", birth: "S30.1.15", recordCode: LegacyFile.RecordCode(200), number: LegacyFile.Number(200));
        file.Add("B2", "HB1", "髙橋", "ハナ", relationship: "02", sex: "2", entered: "昭和61年5月20日", birth: "１９５８/０２/０３", familyKana: "タカハシ", givenKana: "ハナ");
        file.Add("B3", "HB2", "山﨑", "健", entered: "19921001", birth: "S40.7.7", familyKana: "ヤマザキ", givenKana: "ケン");

        var outcome = await MigrationScope.RunAsync(factory.Services, "034614", file.ShiftJis());

        Assert.Equal((3, 2), (outcome.Imported, outcome.Households));
        var migrated = (await MigrationScope.MigratedAsync(factory.Services, "034614")).Where(m => m.Key.StartsWith("legacy:B", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("髙橋", "太郎", ChangeKind.MigratedEntry, new DateOnly(1985, 4, 1), "legacy:B1"), ("髙橋", "ハナ", ChangeKind.MigratedEntry, new DateOnly(1986, 5, 20), "legacy:B2"), ("山﨑", "健", ChangeKind.MigratedEntry, new DateOnly(1992, 10, 1), "legacy:B3")],
            migrated);
        var found = await factory.Services.InTenantScopeAsync("034614", TenantKind.Municipality, sp =>
            sp.GetRequiredService<ResidentSearch>().SearchAsync(new ResidentSearchCriteria(NameSearchKey.For("山崎").Value, null, null, null, null, null, false), 1, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(["山﨑　健"], found.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Re_running_the_same_file_imports_nothing_new_and_says_so()
    {
        var file = new LegacyFile();
        file.Add("C1", "HC1", "佐々木", "一", recordCode: LegacyFile.RecordCode(300));
        file.Add("C2", "HC1", "佐々木", "二", relationship: "03", recordCode: LegacyFile.RecordCode(301));
        var first = await MigrationScope.RunAsync(factory.Services, "034614", file.Utf8());

        var again = await MigrationScope.RunAsync(factory.Services, "034614", file.Utf8());

        Assert.Equal(2, first.Imported);
        Assert.True(again.NothingNew);
        Assert.Equal(2, again.AlreadyImported);
        Assert.False(again.Report.HasErrors);
        Assert.Equal(2, (await MigrationScope.MigratedAsync(factory.Services, "034614")).Count(m => m.Key is "legacy:C1" or "legacy:C2"));
    }

    [Fact]
    public async Task A_failure_after_staging_leaves_the_register_unchanged_and_an_interrupted_staging_resumes_from_its_checkpoint()
    {
        var file = new LegacyFile();
        for (var i = 0; i < 9; i++)
        {
            file.Add($"D{i}", $"HD{i}", "松本", $"{i}郎", recordCode: LegacyFile.RecordCode(400 + i));
        }

        var checkpoints = new List<int>();
        await Assert.ThrowsAsync<IOException>(() => MigrationScope.RunAsync(factory.Services, "034614", file.Utf8(), new MigrationHooks(AfterStagedChunk: c =>
        {
            checkpoints.Add(c);
            return c > 5 ? throw new IOException("interrupted while staging") : Task.CompletedTask;
        }), chunk: 4));
        await Assert.ThrowsAsync<IOException>(() => MigrationScope.RunAsync(factory.Services, "034614", file.Utf8(), new MigrationHooks(BeforeCommit: () => throw new IOException("failure after staging")), chunk: 4));
        var before = await MigrationScope.MigratedAsync(factory.Services, "034614");

        var resumed = await MigrationScope.RunAsync(factory.Services, "034614", file.Utf8(), chunk: 4);

        Assert.Equal([5, 9], checkpoints);
        Assert.DoesNotContain(before, m => m.Key.StartsWith("legacy:D", StringComparison.Ordinal));
        Assert.True(resumed.Resumed);
        Assert.Equal(9, resumed.Imported);
        Assert.Equal(9, (await MigrationScope.MigratedAsync(factory.Services, "034614")).Count(m => m.Key.StartsWith("legacy:D", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_mapping_naming_an_unknown_field_is_refused_in_japanese()
    {
        var ex = Assert.Throws<MappingException>(() => MigrationMapping.Parse("""{ "columns": { "氏名": "fullName" } }"""));
        Assert.Contains("fullName", ex.Message, StringComparison.Ordinal);
        Assert.Contains("使えません", ex.Message, StringComparison.Ordinal);
    }

    private static string WrongCheckDigit(string number) => number[..11] + (char)('0' + ((number[11] - '0' + 1) % 10));

    private static int FindAscii(byte[] bytes, string text)
    {
        var needle = System.Text.Encoding.ASCII.GetBytes(text);
        return bytes.AsSpan().IndexOf(needle);
    }
}
