using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Testing;
using Tsunagi.Web.Cli;

namespace Tsunagi.Continuity.Tests.Embedded;

public sealed class SqliteBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Database_runs_in_wal_mode_with_synchronous_full()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, (long)(await command.ExecuteScalarAsync(Ct))!); // 2 = FULL
    }

    [Fact]
    public async Task Backup_copy_passes_integrity_check_and_matches_its_manifest()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();

        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);

        var copy = Path.Combine(factory.BackupDirectory, manifest.FileName);
        Assert.Equal("ok", manifest.IntegrityCheck);
        Assert.Equal(manifest.Sha256, await SqliteFiles.Sha256Async(copy, Ct));
        Assert.Equal("ok", await SqliteFiles.IntegrityCheckAsync(copy, Ct));
        Assert.Equal(3, Sql.Count(copy, "select count(*) from municipalities"));
        Assert.Equal(manifest with { RowCounts = null }, BackupCatalog.Latest(factory.BackupDirectory)! with { RowCounts = null });
        Assert.Equal(manifest.RowCounts, BackupCatalog.Latest(factory.BackupDirectory)!.RowCounts);
    }

    [Fact]
    public async Task Restore_refuses_a_copy_with_flipped_bytes_and_changes_nothing()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var copy = Path.Combine(factory.BackupDirectory, manifest.FileName);
        FlipBytes(copy, offset: 5000, count: 16);
        var live = SqliteFiles.DatabaseFile(factory.Services.GetRequiredService<DatabaseSettings>().ConnectionString);
        var before = Sql.Count(live, "select count(*) from identity_users");

        var error = await Assert.ThrowsAsync<BackupRefusedException>(() => factory.Services.GetRequiredService<SqliteRestore>().RestoreAsync(copy, Ct));

        Assert.Contains("チェックサム", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Sql.Count(live, "select count(*) from identity_users"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(live)!, "*.replaced-*"));
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_copy_even_when_its_manifest_was_rewritten_to_match()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var copy = Path.Combine(factory.BackupDirectory, manifest.FileName);
        FlipBytes(copy, offset: 4096, count: 200);
        var sha = await SqliteFiles.Sha256Async(copy, Ct);
        await File.WriteAllTextAsync(copy + BackupManifest.Suffix, JsonSerializer.Serialize(manifest with { Sha256 = sha, DatabaseSha256 = sha }, BackupCatalog.Json), Ct);

        var error = await Assert.ThrowsAsync<BackupRefusedException>(() => factory.Services.GetRequiredService<SqliteRestore>().VerifyAsync(copy, Ct));

        Assert.Contains("整合性検査", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_puts_the_copy_in_place_and_keeps_the_replaced_database_aside()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        await StaffFixtures.CreateNamedAsync(factory, "after-backup", StandardRole.CounterClerk);
        var live = SqliteFiles.DatabaseFile(factory.Services.GetRequiredService<DatabaseSettings>().ConnectionString);
        var output = new StringWriter();

        var code = await RestoreVerb.RunAsync(factory.Services, Path.Combine(factory.BackupDirectory, manifest.FileName), verifyOnly: false, yes: true, new StringReader(string.Empty), output, Ct);

        Assert.Equal(0, code);
        Assert.Equal(0, Sql.Count(live, "select count(*) from identity_users where user_name = 'after-backup'"));
        var kept = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(live)!, "tsunagi.db.replaced-*"), f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));
        Assert.Equal(1, Sql.Count(kept, "select count(*) from identity_users where user_name = 'after-backup'"));
        Assert.Contains(kept, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_without_confirmation_changes_nothing()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        await StaffFixtures.CreateNamedAsync(factory, "after-backup", StandardRole.CounterClerk);
        var live = SqliteFiles.DatabaseFile(factory.Services.GetRequiredService<DatabaseSettings>().ConnectionString);

        var code = await RestoreVerb.RunAsync(factory.Services, Path.Combine(factory.BackupDirectory, manifest.FileName), verifyOnly: false, yes: false, new StringReader("no\n"), new StringWriter(), Ct);

        Assert.Equal(1, code);
        Assert.Equal(1, Sql.Count(live, "select count(*) from identity_users where user_name = 'after-backup'"));
    }

    [Fact]
    public async Task Only_the_configured_number_of_copies_is_kept()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        var backup = factory.Services.GetRequiredService<SqliteBackup>();
        var names = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            names.Add((await backup.BackupAsync(cancellationToken: Ct)).FileName);
            factory.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(names.Skip(2).Reverse(), BackupCatalog.List(factory.BackupDirectory).Select(m => m.FileName));
        Assert.Equal(6, Directory.GetFiles(factory.BackupDirectory).Length);
    }

    [Fact]
    public async Task Scheduled_backup_runs_when_the_interval_has_passed()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        Assert.Empty(BackupCatalog.List(factory.BackupDirectory));

        factory.Time.Advance(TimeSpan.FromMinutes(60));

        var status = factory.Services.GetRequiredService<BackupStatus>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (status.LastAttemptAt is null)
        {
            await Task.Delay(50, timeout.Token);
        }

        Assert.Null(status.LastFailure);
        Assert.Single(BackupCatalog.List(factory.BackupDirectory));
    }

    internal static void FlipBytes(string path, int offset, int count)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var buffer = new byte[count];
        file.Position = offset;
        file.ReadExactly(buffer);
        for (var i = 0; i < count; i++)
        {
            buffer[i] ^= 0xFF;
        }

        file.Position = offset;
        file.Write(buffer);
    }
}
