using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Data;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Web.Cli;

namespace Tsunagi.Continuity.Tests.Verification;

public sealed class EmbeddedVerificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_backup_passes_on_a_good_copy_and_stores_the_result()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var output = new StringWriter();

        var exit = await VerifyBackupVerb.RunAsync(factory.Services, null, output, Ct);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("PASSED", output.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(manifest.RowCounts!);
        var stored = await LatestAsync(factory);
        Assert.True(stored.Passed);
        Assert.Equal(manifest.FileName, stored.BackupLabel);
        Assert.True(stored.TablesCompared > 0 && stored.TenantsVerified > 0);
    }

    [Fact]
    public async Task Verify_backup_fails_when_the_copy_holds_fewer_rows_than_counted_at_backup_time()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var counted = manifest.RowCounts![0];
        var inflated = manifest.RowCounts.Select(c => c == counted ? c with { Rows = c.Rows + 1 } : c).ToList();
        await File.WriteAllTextAsync(ManifestPath(factory, manifest), JsonSerializer.Serialize(manifest with { RowCounts = inflated }, BackupCatalog.Json), Ct);
        var output = new StringWriter();

        var exit = await VerifyBackupVerb.RunAsync(factory.Services, null, output, Ct);

        Assert.Equal(1, exit);
        Assert.Contains($"件数不一致 {counted.Table} 団体 {counted.Tenant}: バックアップ時 {counted.Rows + 1} 件、復元後 {counted.Rows} 件", output.ToString(), StringComparison.Ordinal);
        Assert.False((await LatestAsync(factory)).Passed);
    }

    [Fact]
    public async Task Verify_backup_fails_when_an_audit_event_in_the_copy_was_altered()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var copy = Path.Combine(factory.BackupDirectory, manifest.FileName);
        await using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_events SET subject_id = subject_id || '-x' WHERE sequence = 1";
            Assert.True(await command.ExecuteNonQueryAsync(Ct) > 0);
        }

        var sha = await SqliteFiles.Sha256Async(copy, Ct);
        await File.WriteAllTextAsync(ManifestPath(factory, manifest), JsonSerializer.Serialize(manifest with { Sha256 = sha, DatabaseSha256 = sha }, BackupCatalog.Json), Ct);
        var output = new StringWriter();

        var exit = await VerifyBackupVerb.RunAsync(factory.Services, null, output, Ct);

        Assert.Equal(1, exit);
        Assert.Contains("監査ログ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("連番 1 で破損", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_backup_without_any_backup_fails_and_says_so()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var output = new StringWriter();

        var exit = await VerifyBackupVerb.RunAsync(factory.Services, null, output, Ct);

        Assert.Equal(1, exit);
        Assert.Contains("検証するバックアップがありません", output.ToString(), StringComparison.Ordinal);
    }

    private static string ManifestPath(ContinuityFactory factory, BackupManifest manifest) =>
        Path.Combine(factory.BackupDirectory, manifest.FileName + BackupManifest.Suffix);

    private static async Task<Continuity.Verification.BackupVerification> LatestAsync(ContinuityFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContinuityDbContext>().BackupVerifications.AsNoTracking()
            .OrderByDescending(v => v.Id).FirstAsync(Ct);
    }
}
