using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Tests.Infrastructure;

namespace Tsunagi.Continuity.Tests.Embedded;

/// <summary>A backup directory on a tiny tmpfs (needs root and mount rights; skipped where mounting is not allowed).</summary>
public sealed class DiskFullBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_onto_a_full_disk_fails_cleanly_and_keeps_the_earlier_copy()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();

        // Room for one backup but not two, whatever the schema has grown to: measured by a backup elsewhere first.
        var backup = factory.Services.GetRequiredService<SqliteBackup>();
        var scratch = Directory.CreateTempSubdirectory("tsunagi-size-").FullName;
        await backup.BackupAsync(scratch, Ct);
        var sizeKb = Math.Max(64, Directory.GetFiles(scratch).Sum(f => new FileInfo(f).Length) * 3 / 2 / 1024);
        Directory.Delete(scratch, recursive: true);
        var mountPoint = Directory.CreateTempSubdirectory("tsunagi-full-").FullName;
        if (!await RunAsync("mount", $"-t tmpfs -o size={sizeKb}k tmpfs {mountPoint}"))
        {
            Directory.Delete(mountPoint);
            Assert.Skip("tmpfs cannot be mounted here (needs root and mount rights)");
        }

        try
        {
            var first = await backup.BackupAsync(mountPoint, Ct);
            factory.Time.Advance(TimeSpan.FromMinutes(1));

            await Assert.ThrowsAnyAsync<Exception>(() => backup.BackupAsync(mountPoint, Ct));

            Assert.Equal([first.FileName, first.FileName + BackupManifest.Suffix], Directory.GetFiles(mountPoint).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(first, await factory.Services.GetRequiredService<SqliteRestore>().VerifyAsync(Path.Combine(mountPoint, first.FileName), Ct));
        }
        finally
        {
            await RunAsync("umount", mountPoint);
            Directory.Delete(mountPoint);
        }
    }

    private static async Task<bool> RunAsync(string program, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false })!;
            await process.WaitForExitAsync(Ct);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
