using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tsunagi.Platform.Identity;
using Tsunagi.Web.Api.Token;

namespace Tsunagi.Web.Api.Document;

/// <summary>Declares the OAuth 2.0 client-credentials scheme of the API, with every declared permission as a scope.</summary>
public sealed class OAuthSecurityScheme(PermissionCatalog catalog) : IOpenApiDocumentTransformer
{
    public const string Name = "oauth2";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "つなぎ API / Tsunagi API";
        document.Info.Description =
            "自治体クラウド「つなぎ」の REST API です。システム間連携のクライアントは OAuth 2.0 クライアントクレデンシャルで " +
            $"{TokenEndpoint.Path} からアクセストークンを取得し、Authorization: Bearer で送ります。トークンは 1 つの団体とスコープに結び付きます。 " +
            "エラーは application/problem+json（日本語の title・detail、英語の title_en・detail_en）で返ります。\n\n" +
            "REST API of the Tsunagi municipal cloud. System clients obtain an access token with the OAuth 2.0 client credentials grant " +
            $"at {TokenEndpoint.Path} and send it as 'Authorization: Bearer'; a token is bound to one municipality and its scopes.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "クライアントクレデンシャル（client_id と client_secret をフォームで送信） / client credentials (form-encoded client_id and client_secret)",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(TokenEndpoint.Path, UriKind.Relative),
                    Scopes = catalog.All.ToDictionary(p => p.Name, p => $"{p.LabelJa} / {p.LabelEn}", StringComparer.Ordinal),
                },
            },
        };
        return Task.CompletedTask;
    }
}
