using System.CommandLine;
using Tsunagi.Continuity.Embedded;

namespace Tsunagi.Web.Cli;

/// <summary>
/// Restores the embedded database from a backup copy after verifying it (manifest, SHA-256, decryption, integrity_check); the
/// replaced database is kept aside. Irreversible for the running data, so it asks for confirmation unless --yes is given.
/// </summary>
public static class RestoreVerb
{
    private const string Verb = "restore";

    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "復元するバックアップファイル（省略時は TSUNAGI_BACKUP_DIR の最新） / backup copy (default: newest in TSUNAGI_BACKUP_DIR)" };
        var verifyOnly = new Option<bool>("--verify-only") { Description = "検証だけ行い、復元しない / verify the copy, change nothing" };
        var yes = new Option<bool>("--yes") { Description = "確認を省略する / do not ask for confirmation" };
        var command = new Command(Verb, "組込み構成（SQLite）をバックアップから復元します。サーバーを停止してから実行してください。 / Restores the SQLite database from a backup (stop the server first).") { from, verifyOnly, yes };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) =>
            RunAsync(services, parse.GetValue(from), parse.GetValue(verifyOnly), parse.GetValue(yes), Console.In, Console.Out, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string? from, bool verifyOnly, bool yes, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var copy = from is not null ? Path.GetFullPath(from) : Latest(services);
        var restore = services.GetRequiredService<SqliteRestore>();
        var manifest = await restore.VerifyAsync(copy, cancellationToken);
        await output.WriteLineAsync($"検証 OK / verified: {manifest.FileName} ({manifest.CreatedAt:yyyy-MM-dd HH:mm:ss}Z, sha256 {manifest.Sha256}, integrity_check ok)");
        if (verifyOnly)
        {
            return 0;
        }

        if (!yes)
        {
            await output.WriteLineAsync($"現在のデータベースを {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss}Z 時点のコピーで置き換えます。それ以降の登録は失われます（置き換え前のファイルは残します）。よろしければ yes と入力してください。 / Type yes to replace the database with this copy:");
            if (!string.Equals((await input.ReadLineAsync(cancellationToken))?.Trim(), "yes", StringComparison.OrdinalIgnoreCase))
            {
                await output.WriteLineAsync("中止しました。何も変更していません。 / Cancelled; nothing changed.");
                return 1;
            }
        }

        var result = await restore.RestoreAsync(copy, cancellationToken);
        await output.WriteLineAsync($"復元しました / restored: {result.DatabaseFile}");
        if (result.ReplacedKeptAt is not null)
        {
            await output.WriteLineAsync($"置き換え前のデータベース / previous database kept at: {result.ReplacedKeptAt}");
        }

        return 0;
    }

    private static string Latest(IServiceProvider services)
    {
        var settings = services.GetRequiredService<BackupSettings>();
        var latest = BackupCatalog.Latest(settings.Directory)
            ?? throw new BackupRefusedException("復元できるバックアップがありません（--from で指定するか TSUNAGI_BACKUP_DIR を設定してください）。 / No backup found; use --from or TSUNAGI_BACKUP_DIR.");
        return Path.Combine(settings.Directory!, latest.FileName);
    }
}
