using OpenIddict.Server;
using Tsunagi.Platform.Identity;
using Tsunagi.Web.Security;

namespace Tsunagi.Web.Api.Token;

/// <summary>
/// The OAuth 2.0 token server (OpenIddict) for system clients and the bearer validation of API calls.
/// Access tokens use the ASP.NET Core Data Protection format: they are protected with the application's key
/// ring (persisted under TSUNAGI_DATA/keys or TSUNAGI_KEYS), so they survive restarts and every web node
/// sharing that key ring accepts them; no signing certificate has to be provisioned.
/// </summary>
public static class TokenServer
{
    public static IServiceCollection AddTokenServer(this IServiceCollection services)
    {
        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                o.SetJsonWebKeySetEndpointUris(Array.Empty<Uri>());
                o.AllowClientCredentialsFlow();
                o.SetAccessTokenLifetime(TokenEndpoint.AccessTokenLifetime);

                // Self-contained tokens: nothing is written per token, so the token table does not grow.
                o.DisableTokenStorage();

                // OpenIddict insists on signing and encryption keys; with every token in the Data Protection
                // format they protect nothing, so per-process ephemeral keys suffice and nothing is published.
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.UseDataProtection();
                o.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
                o.AddEventHandler(TokenRequestGuard.Descriptor);
                o.AddEventHandler(TokenErrorResponses.Descriptor);
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore()
                    .DisableAccessTokenExtractionFromBodyForm()
                    .DisableAccessTokenExtractionFromQueryString();
                o.AddEventHandler(BearerProblemResponses.Descriptor);
            });

        // Scopes are the permissions modules declare; a new module's permissions become requestable scopes.
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<PermissionCatalog>((o, catalog) => o.Scopes.UnionWith(catalog.All.Select(p => p.Name)));
        return services;
    }
}
