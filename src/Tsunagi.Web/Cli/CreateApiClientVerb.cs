using System.CommandLine;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>
/// Registers a system client (OAuth 2.0 client credentials) for one municipality with declared permissions as
/// scopes. The secret comes from standard input or is generated and printed once; it is stored only hashed.
/// </summary>
public static class CreateApiClientVerb
{
    private const string Verb = "create-api-client";

    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "団体コード（6桁、検査数字付き） / municipality code (6 digits with check digit)", Required = true };
        var clientId = new Option<string>("--client-id") { Description = "クライアントID（英数字と . _ -、3〜64 文字） / client id", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = "許可するスコープ＝宣言された権限名（複数可、例: tenant.read） / allowed scopes, declared permission names", Required = true, AllowMultipleArgumentsPerToken = true };
        var secretStdin = new Option<bool>("--secret-stdin") { Description = "シークレットを標準入力から読む（省略時は生成して一度だけ表示） / read the secret from standard input instead of generating one" };
        var command = new Command(Verb, "外部システム連携用の API クライアントを団体に登録します。 / Registers an API client (OAuth 2.0 client credentials) for a municipality.")
        {
            tenant, clientId, scopes, secretStdin,
        };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) => RunAsync(
            services,
            new CreateApiClientRequest(parse.GetValue(tenant), parse.GetValue(clientId) ?? string.Empty, parse.GetValue(scopes) ?? [], parse.GetValue(secretStdin)),
            Console.In,
            Console.Out,
            Console.Error,
            ct), cancellationToken));
        return command;
    }

    /// <summary>The verb's work on given services and streams (tests call it on the test host).</summary>
    internal static async Task<int> RunAsync(IServiceProvider services, CreateApiClientRequest request, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            Municipality municipality;
            await using (var scope = services.CreateAsyncScope())
            {
                municipality = await scope.ServiceProvider.GetRequiredService<ApiClients>().ResolveMunicipalityAsync(request.Tenant, cancellationToken);
            }

            var secret = request.SecretFromStdin ? (await input.ReadLineAsync(cancellationToken))?.Trim() ?? string.Empty : ApiClients.GenerateSecret();
            var scopes = request.Scopes.SelectMany(s => s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            ApiClient client;
            await using (var scope = services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<ITenantContext>().Resolve(municipality.Code, TenantKind.Municipality);
                scope.ServiceProvider.GetRequiredService<AuditActor>().ActAsSystem("cli:" + Verb);
                client = await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync(request.ClientId, scopes, secret, cancellationToken);
            }

            await output.WriteLineAsync($"API クライアントを登録しました: {municipality.Code} {municipality.FullName} / client_id {client.ClientId} / scope {string.Join(" ", client.Scopes)} / API client registered.");
            if (!request.SecretFromStdin)
            {
                await output.WriteLineAsync($"クライアントシークレット（この一度だけ表示します。安全に保管してください） / client secret (shown once): {secret}");
            }

            return 0;
        }
        catch (ApiClientException ex)
        {
            await error.WriteLineAsync($"エラー: {OptionFor(ex.Field)}: {ex.MessageJa} / Error: {OptionFor(ex.Field)}: {ex.MessageEn}");
            return 2;
        }
    }

    private static string OptionFor(ApiClientField field) => field switch
    {
        ApiClientField.Tenant => "--tenant",
        ApiClientField.ClientId => "--client-id",
        ApiClientField.Scope => "--scope",
        _ => "--secret-stdin",
    };
}
