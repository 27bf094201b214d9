using Microsoft.AspNetCore.Antiforgery;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Security;

/// <summary>
/// Turns bad requests (an oversized body, a malformed form) into clear 4xx answers and anything else
/// into a 500 without details. Nothing about the request body or personal data is logged.
/// </summary>
public static class ErrorHandling
{
    public static IApplicationBuilder UseTsunagiErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                WritesUnavailableException => StatusCodes.Status503ServiceUnavailable,
                _ when WriteFailure.NothingSaved(exception) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
            ExceptionHandler = async context =>
            {
                var status = context.Response.StatusCode;
                var (ja, en) = status switch
                {
                    StatusCodes.Status413PayloadTooLarge => ($"送信されたデータが大きすぎます（上限 {RequestBodyLimits.Describe(RequestBodyLimits.For(context))}）。内容を減らして再度送信してください。何も保存されていません。", $"The request body is larger than {RequestBodyLimits.Describe(RequestBodyLimits.For(context))}. Nothing was saved."),
                    StatusCodes.Status503ServiceUnavailable => (WritesUnavailableException.MessageJa, WritesUnavailableException.MessageEn),
                    < 500 => ("リクエストの形式が正しくありません。何も保存されていません。", "The request is malformed. Nothing was saved."),
                    _ => ("システムエラーが発生しました。何も保存されていない可能性があります。管理者に連絡してください。", "An internal error occurred."),
                };
                if (!ErrorPage.IsWanted(context.Request))
                {
                    await ApiProblems.WriteAsync(context, status, ja, en);
                    return;
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(ErrorPage.Render(status, ja));
            },
        });

        // Empty error responses (an antiforgery rejection, an unknown route) get a clear message too.
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            var status = context.Response.StatusCode;
            var (ja, en) = status switch
            {
                StatusCodes.Status400BadRequest => ("送信を受け付けられませんでした。画面の有効期限が切れたか、正しくない送信です。ページを開き直してもう一度操作してください。何も保存されていません。", "The submission was rejected (expired page or invalid request). Reload the page and try again. Nothing was saved."),
                StatusCodes.Status404NotFound => ("お探しのページは見つかりません。", "Not found."),
                StatusCodes.Status405MethodNotAllowed => ("この操作はできません。", "Method not allowed."),
                StatusCodes.Status413PayloadTooLarge => ($"送信されたデータが大きすぎます（全体で {RequestBodyLimits.Describe(RequestBodyLimits.For(context))}、1項目 64 KB まで）。内容を減らして再度送信してください。何も保存されていません。", $"The request is too large ({RequestBodyLimits.Describe(RequestBodyLimits.For(context))} in all, 64 KB per field). Nothing was saved."),
                _ => ("処理できませんでした。", "The request could not be processed."),
            };
            if (!ErrorPage.IsWanted(context.Request))
            {
                await ApiProblems.WriteAsync(context, status, ja, en);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ErrorPage.Render(status, ja));
        });

        app.Use(async (context, next) =>
        {
            // Refused before anything reads it (Kestrel enforces the same limit while reading, test servers do not).
            // The token endpoint answers in OAuth's own error format instead (TokenRequestGuard).
            var limit = RequestBodyLimits.For(context);
            if (context.Request.ContentLength > limit
                && !context.Request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            RequestBodyLimits.Apply(context, limit);

            await next(context);

            // Blazor answers a rejected form post (antiforgery, unknown form) with a content type and no body,
            // which status code pages would leave blank; a body cut off by the size limit is a 413, not a bad token.
            if (!context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status400BadRequest)
            {
                if (context.Features.Get<IAntiforgeryValidationFeature>()?.Error is { } error && IsTooLarge(error))
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                }

                context.Response.ContentType = null;
            }
        });
        return app;
    }

    private static bool IsTooLarge(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            // InvalidDataException: the form reader's own limits (value length, value count, multipart size).
            if (error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
            {
                return true;
            }
        }

        return false;
    }
}
