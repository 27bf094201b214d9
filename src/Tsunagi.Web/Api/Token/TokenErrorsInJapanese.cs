using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tsunagi.Web.Api.Token;

/// <summary>
/// Japanese wording of token endpoint errors. OpenIddict's errors are recognised by their documented error id
/// (the end of <c>error_uri</c>), ours by their description; otherwise the parameter named in the English text is named.
/// </summary>
public static partial class TokenErrorsInJapanese
{
    private static readonly FrozenDictionary<string, string> ByOpenIddictId = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ID2032"] = "grant_type は client_credentials だけを受け付けます。",
        ["ID2051"] = "このクライアントには、指定された scope が許可されていません。",
        ["ID2055"] = "client_id または client_secret が正しくありません。",
        ["ID2057"] = "client_secret がありません。client_id と client_secret をフォームで送ってください。",
        ["ID2082"] = "Content-Type は application/x-www-form-urlencoded にしてください（フォーム形式で送信）。",
        ["ID2084"] = "トークンの要求は POST で送ってください。",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByOwnDescription = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TokenRequestGuard.HttpsRequiredDescription] = "HTTPS で接続してください。平文の http はサーバー自身（ループバック）からのみ受け付けます。",
        [TokenRequestGuard.TooLargeDescription] = "送信されたデータが大きすぎます（上限 1 MB）。何も保存されていません。",
        [TokenRequestGuard.UnreadableFormDescription] = "フォームの内容を読み取れません（項目が多すぎるか長すぎます）。何も保存されていません。",
        [TokenEndpoint.MunicipalityInactiveDescription] = "このクライアントの団体は利用中ではないため、トークンを発行できません。",
        [TokenEndpoint.UndeclaredScopeDescription] = "scope には宣言された権限名（例: tenant.read）だけを指定できます。",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Describe(string? error, string? descriptionEn, string? errorUri)
    {
        var description = descriptionEn ?? string.Empty;
        if (ByOwnDescription.TryGetValue(description, out var own))
        {
            return own;
        }

        var id = errorUri?[(errorUri.LastIndexOf('/') + 1)..];
        if (id is not null && ByOpenIddictId.TryGetValue(id, out var known))
        {
            return known;
        }

        if (MissingParameter().Match(description) is { Success: true } missing)
        {
            return $"必須のパラメーター '{missing.Groups["name"].Value}' がありません。";
        }

        return error switch
        {
            Errors.UnsupportedGrantType => "grant_type は client_credentials だけを受け付けます。",
            Errors.InvalidClient => "client_id または client_secret が正しくありません。",
            Errors.UnauthorizedClient => "このクライアントはこの grant_type を使えません。",
            Errors.InvalidScope => "scope に、このクライアントに許可されていないか存在しないスコープがあります。",
            _ when QuotedName().Match(description) is { Success: true } named => $"パラメーター '{named.Groups["name"].Value}' が正しくありません。",
            _ => "トークンの要求が正しくありません。grant_type=client_credentials と client_id、client_secret をフォーム形式で送ってください。",
        };
    }

    [GeneratedRegex("mandatory '(?<name>[^']+)' (parameter|header) is missing", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissingParameter();

    [GeneratedRegex("'(?<name>[A-Za-z_:-]+)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();
}
