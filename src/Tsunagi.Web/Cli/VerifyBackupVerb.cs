using System.CommandLine;
using System.Globalization;
using Tsunagi.Continuity.Verification;

namespace Tsunagi.Web.Cli;

/// <summary>
/// Restores the newest backup somewhere harmless (a scratch file for SQLite, a scratch cluster for PostgreSQL), checks migrations,
/// row counts per tenant and table against the backup's own record, and every audit chain; stores and prints the result. Exit 1 on failure.
/// </summary>
public static class VerifyBackupVerb
{
    private const string Verb = "verify-backup";

    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "SQLite: 検証するバックアップファイル（省略時は最新） / SQLite: copy to verify (default: newest)" };
        var command = new Command(Verb, "最新のバックアップを一時領域に復元して検証します（移行・件数・監査ログ）。本番データは変更しません。 / Restores the newest backup into scratch space and verifies it (migrations, row counts, audit chains).") { from };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) => RunAsync(services, parse.GetValue(from), Console.Out, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string? from, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await PendingMigrations.ApplyOrRefuseAsync(scope.ServiceProvider, cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<BackupVerifier>().VerifyLatestAsync("cli", from is null ? null : Path.GetFullPath(from), cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"バックアップ / backup: {(result.BackupLabel.Length > 0 ? result.BackupLabel : "-")}{(result.BackupTakenAt is { } at ? $" ({at:yyyy-MM-dd HH:mm:ss}Z)" : string.Empty)}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"比較した表 / tables compared: {result.TablesCompared}, 監査ログ / audit chains: {result.TenantsVerified}, {result.DurationSeconds:F1} s"));
        foreach (var finding in result.Findings.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await output.WriteLineAsync(finding);
        }

        await output.WriteLineAsync(result.Passed
            ? "検証成功：バックアップから復元できます。 / PASSED: the backup restores and matches."
            : "検証失敗：このバックアップには問題があります（/operator/continuity、運用手順書を参照）。 / FAILED: see the findings above.");
        return result.Passed ? 0 : 1;
    }
}
