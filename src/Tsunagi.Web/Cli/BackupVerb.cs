using System.CommandLine;
using System.Globalization;
using Tsunagi.Continuity.Embedded;

namespace Tsunagi.Web.Cli;

/// <summary>Takes one online backup of the embedded (SQLite) database now, checked, checksummed and rotated like the scheduled ones.</summary>
public static class BackupVerb
{
    private const string Verb = "backup";

    public static Command Create()
    {
        var to = new Option<string?>("--to") { Description = "バックアップ先フォルダ（省略時 TSUNAGI_BACKUP_DIR） / backup directory (default TSUNAGI_BACKUP_DIR)" };
        var command = new Command(Verb, "組込み構成（SQLite）のオンラインバックアップを取得します（整合性検査・SHA-256・世代管理）。 / Takes an online backup of the SQLite database.") { to };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) => RunAsync(services, parse.GetValue(to), Console.Out, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string? to, TextWriter output, CancellationToken cancellationToken)
    {
        var manifest = await services.GetRequiredService<SqliteBackup>().BackupAsync(to is null ? null : Path.GetFullPath(to), cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"バックアップを作成しました / backup written: {manifest.FileName} ({manifest.SizeBytes:N0} bytes, {manifest.DurationSeconds:F2} s, integrity_check {manifest.IntegrityCheck}, sha256 {manifest.Sha256}, encryption {manifest.Encryption})"));
        return 0;
    }
}
