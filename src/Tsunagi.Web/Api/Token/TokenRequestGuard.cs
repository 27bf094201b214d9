using System.Net;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using Tsunagi.Web.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Tsunagi.Web.Api.Token;

/// <summary>
/// Runs before OpenIddict reads a token request. OpenIddict's own HTTPS requirement is disabled so the server
/// works on loopback http (./run.sh, a TLS-terminating proxy on the same host); this guard keeps it for every
/// other caller. It also turns an oversized or unreadable form into a clear OAuth error instead of a 500.
/// </summary>
public sealed class TokenRequestGuard : IOpenIddictServerHandler<ExtractTokenRequestContext>
{
    /// <summary>Transaction property set when the body was too large, so the response becomes 413.</summary>
    public const string TooLargeProperty = "tsunagi:body_too_large";

    public const string HttpsRequiredDescription = "HTTPS is required: plain http is accepted only from the server itself (loopback).";

    public const string TooLargeDescription = "The request body is larger than 1 MB.";

    public const string UnreadableFormDescription = "The form body could not be read (too many or too long fields).";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractTokenRequestContext>()
            .UseSingletonHandler<TokenRequestGuard>()
            .SetOrder(int.MinValue + 10_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ExtractTokenRequestContext context)
    {
        var request = context.Transaction.GetHttpRequest() ?? throw new InvalidOperationException("The token request is not an ASP.NET Core request.");
        if (!request.IsHttps && !IsLoopback(request.HttpContext.Connection.RemoteIpAddress))
        {
            context.Reject(Errors.InvalidRequest, HttpsRequiredDescription);
            return;
        }

        if (request.ContentLength > TsunagiWebApplication.MaxRequestBodyBytes)
        {
            RejectTooLarge(context);
            return;
        }

        if (!request.HasFormContentType)
        {
            return;
        }

        try
        {
            // Reads and caches the form, within the form limits; OpenIddict then uses the cached form.
            await request.ReadFormAsync(context.CancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            RejectTooLarge(context);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            context.Reject(Errors.InvalidRequest, UnreadableFormDescription);
        }
    }

    /// <summary>No remote address means an in-process or Unix-socket caller on this machine.</summary>
    private static bool IsLoopback(IPAddress? remote) => remote is null || IPAddress.IsLoopback(remote);

    private static void RejectTooLarge(ExtractTokenRequestContext context)
    {
        context.Transaction.Properties[TooLargeProperty] = true;
        context.Reject(Errors.InvalidRequest, TooLargeDescription);
    }
}
