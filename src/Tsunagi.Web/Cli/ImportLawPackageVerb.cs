using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Features.LawRevisionPackages;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Imports a law-revision package as the consortium's operator, printing the same preview as the page first.</summary>
public static class ImportLawPackageVerb
{
    private const string Verb = "import-law-package";

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "パッケージファイル（YAML） / package file (YAML)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "変更内容を表示するだけで取り込みません / print the preview only, import nothing" };
        var consortium = new Option<string?>("--consortium") { Description = "協議会ID（1つだけなら省略可） / consortium id (optional when there is only one)" };
        var command = new Command(Verb, "法改正パッケージ（全国・都道府県の設定値）を取り込みます。 / Imports a law-revision package.") { file, dryRun, consortium };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) =>
            RunAsync(services, parse.GetValue(file)!, parse.GetValue(dryRun), parse.GetValue(consortium), Console.Out, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string path, bool dryRun, string? consortiumId, TextWriter output, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(path, cancellationToken);
        if (bytes is null)
        {
            await output.WriteLineAsync($"エラー / Error: パッケージファイル：{LawPackageReader.MaxBytes / 1024}KB以下の読み取れるファイルを指定してください。 / The file cannot be read or is too large.");
            return 1;
        }

        var consortium = consortiumId ?? await OnlyConsortiumAsync(services, cancellationToken);
        try
        {
            return await services.InTenantScopeAsync(consortium, TenantKind.Consortium, async sp =>
            {
                var package = sp.GetRequiredService<LawPackageReader>().Read(bytes);
                var preview = await sp.GetRequiredService<LawPackagePreviewer>().PreviewAsync(package, cancellationToken);
                await LawPackagePreviewText.WriteAsync(preview, output);
                if (dryRun)
                {
                    await output.WriteLineAsync("確認のみ（--dry-run）：何も取り込んでいません。 / Dry run: nothing imported.");
                    return 0;
                }

                var result = await sp.GetRequiredService<LawPackageImporter>().ImportAsync(package, cancellationToken);
                await output.WriteLineAsync(result.AlreadyImported
                    ? "取込済みのため変更はありません。 / Already imported: nothing changed."
                    : $"取り込みました：設定値 {result.Package.EntryCount} 件 / imported {result.Package.EntryCount} values.");
                return 0;
            });
        }
        catch (LawPackageRejectedException ex)
        {
            await output.WriteLineAsync("取り込めません（何も登録していません） / Refused, nothing stored:");
            foreach (var problem in ex.Problems)
            {
                await output.WriteLineAsync("  " + problem);
            }

            return 1;
        }
    }

    private static async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length <= LawPackageReader.MaxBytes ? await File.ReadAllBytesAsync(info.FullName, cancellationToken) : null;
    }

    private static async Task<string> OnlyConsortiumAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Consortia.AsNoTracking().Select(c => c.Id).Take(2).ToListAsync(cancellationToken);
        return ids is [var only] ? only : throw new InvalidOperationException("協議会を --consortium で指定してください。 / Name the consortium with --consortium.");
    }
}
