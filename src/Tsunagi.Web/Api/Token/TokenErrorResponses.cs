using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Tsunagi.Web.Api.Token;

/// <summary>
/// Completes token endpoint errors: adds <c>error_description_ja</c> (the standard <c>error_description</c> must stay
/// ASCII), answers 413 for an oversized body, and audits a failed authentication of a registered client in its
/// municipality (a wrong secret), like a wrong staff password. Other malformed requests write nothing.
/// Runs after OpenIddict has built the WWW-Authenticate header, which must stay ASCII too.
/// </summary>
public sealed class TokenErrorResponses(ApiClients clients, IServiceProvider services) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public const string JapaneseDescriptionParameter = "error_description_ja";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseScopedHandler<TokenErrorResponses>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.AttachWwwAuthenticateHeader<ApplyTokenResponseContext>.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (string.IsNullOrEmpty(context.Error))
        {
            return;
        }

        context.Response.SetParameter(JapaneseDescriptionParameter, TokenErrorsInJapanese.Describe(context.Error, context.Response.ErrorDescription, context.Response.ErrorUri));
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (http is not null && context.Transaction.Properties.ContainsKey(TokenRequestGuard.TooLargeProperty))
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }

        if (context.Error == Errors.InvalidClient && await clients.FindAsync(context.Request?.ClientId, context.CancellationToken) is { } client)
        {
            await services.InTenantScopeAsync(client.TenantId, TenantKind.Municipality, async sp =>
            {
                await sp.GetRequiredService<AuditTrail>().RecordAsync(
                    new AuditEntry("api-client.token", "api-client", client.ClientId, AuditOutcome.Denied), CancellationToken.None);
                return true;
            });
        }
    }
}
