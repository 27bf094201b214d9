using System.CommandLine;
using Tsunagi.Continuity.Export;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Loads a municipality's export into a deployment where it does not exist yet; verifies the manifest first; all or nothing.</summary>
public static class ImportTenantVerb
{
    private const string Verb = "import-tenant";

    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "export-tenant の出力フォルダ / directory written by export-tenant", Required = true };
        var command = new Command(Verb, "export-tenant の出力を、その団体のない環境に取り込みます（マニフェスト検証後、全件か無し）。 / Imports a municipality export.") { input };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) => RunAsync(services, parse.GetValue(input)!, Console.Out, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string directory, TextWriter output, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(directory);
        var verified = await ExportVerification.VerifyAsync(path, cancellationToken);
        var manifest = await services.InTenantScopeAsync(verified.Municipality, TenantKind.Municipality, sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("cli:" + Verb);
            return sp.GetRequiredService<TenantImporter>().ImportAsync(path, cancellationToken);
        });
        await output.WriteLineAsync($"団体 {manifest.Municipality} を取り込みました / imported: {manifest.Files.Count} テーブル / tables, {manifest.Files.Sum(f => f.Rows)} 行 / rows");
        return 0;
    }
}
