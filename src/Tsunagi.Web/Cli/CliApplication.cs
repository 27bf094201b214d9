using System.CommandLine;

namespace Tsunagi.Web.Cli;

/// <summary>
/// The CLI verbs of the same executable (<c>./tsunagi &lt;verb&gt;</c>), sharing the server's configuration.
/// Modules add their verbs to <see cref="Verbs"/>.
/// </summary>
public static class CliApplication
{
    private static readonly IReadOnlyList<Func<Command>> Verbs =
    [
        MigrateVerb.Create,
        SeedDemoVerb.Create,
        VerifyAuditVerb.Create,
        CreateStaffVerb.Create,
        ResetSecondFactorVerb.Create,
        CreateApiClientVerb.Create,
        InitPostgresVerb.Create,
        DrillVerb.Create,
        BackupVerb.Create,
        RestoreVerb.Create,
        VerifyBackupVerb.Create,
        ExportTenantVerb.Create,
        ImportTenantVerb.Create,
        GeneratePopulationVerb.Create,
        OnboardMunicipalityVerb.Create,
        OffboardMunicipalityVerb.Create,
        ImportLawPackageVerb.Create,
        MigrateLegacyVerb.Create,
    ];

    /// <summary>The web host's own arguments start with a dash (<c>--urls</c>); anything else is a verb.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h" or "-?" or "--version");

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("つなぎ 自治体クラウドの管理コマンド / Tsunagi administration commands");
        foreach (var verb in Verbs)
        {
            root.Subcommands.Add(verb());
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"エラー / Error: {error.Message}");
            }

            await Console.Error.WriteLineAsync("使い方は --help を参照してください。 / See --help.");
            return 2;
        }

        return await parse.InvokeAsync();
    }
}
