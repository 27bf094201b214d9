using Microsoft.AspNetCore;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using Tsunagi.Platform.Api;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Tsunagi.Web.Security;

/// <summary>
/// Gives the bearer challenge (401) and forbid (403) of API calls an <c>application/problem+json</c> body in
/// Japanese and English, after OpenIddict has set the status and the <c>WWW-Authenticate: Bearer</c> header.
/// </summary>
public sealed class BearerProblemResponses : IOpenIddictValidationHandler<ProcessChallengeContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessChallengeContext>()
            .UseSingletonHandler<BearerProblemResponses>()
            .SetOrder(OpenIddictValidationAspNetCoreHandlers.AttachWwwAuthenticateHeader<ProcessChallengeContext>.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessChallengeContext context)
    {
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (http is null || http.Response.HasStarted)
        {
            return;
        }

        var (ja, en) = context.Transaction.Response?.Error switch
        {
            Errors.InvalidToken => (
                "アクセストークンが無効か、有効期限が切れています。/connect/token で取得し直してください。",
                "The access token is invalid or expired; request a new one from /connect/token."),
            Errors.InsufficientAccess or Errors.InsufficientScope => (
                "このアクセストークンのスコープではこの操作はできません。必要なスコープを付けて取得し直してください。",
                "The access token's scopes do not allow this operation."),
            _ => (
                "アクセストークンがありません。Authorization: Bearer ヘッダーで送ってください（取得は /connect/token）。",
                "No access token; send it in an 'Authorization: Bearer' header (obtain one from /connect/token)."),
        };
        await ApiProblems.WriteAsync(http, http.Response.StatusCode, ja, en);
        context.HandleRequest();
    }
}
