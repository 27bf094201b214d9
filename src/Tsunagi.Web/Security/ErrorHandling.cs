
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
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            ExceptionHandler = async context =>
            {
                var status = context.Response.StatusCode;
                var (ja, en) = status switch
                {
                    StatusCodes.Status413PayloadTooLarge => ("送信されたデータが大きすぎます（上限 1 MB）。内容を減らして再度送信してください。何も保存されていません。", "The request body is larger than 1 MB. Nothing was saved."),
                    < 500 => ("リクエストの形式が正しくありません。何も保存されていません。", "The request is malformed. Nothing was saved."),
                    _ => ("システムエラーが発生しました。何も保存されていない可能性があります。管理者に連絡してください。", "An internal error occurred."),
                };
                if (ApiRequests.IsApi(context.Request) || !AcceptsHtml(context.Request))
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
                StatusCodes.Status413PayloadTooLarge => ("送信されたデータが大きすぎます（上限 1 MB）。何も保存されていません。", "The request body is larger than 1 MB. Nothing was saved."),
                _ => ("処理できませんでした。", "The request could not be processed."),
            };
            if (ApiRequests.IsApi(context.Request) || !AcceptsHtml(context.Request))
            {
                await ApiProblems.WriteAsync(context, status, ja, en);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ErrorPage.Render(status, ja));
        });
        return app;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true) || request.HasFormContentType;

    /// <summary>Error page rendered without the layout (the failure may be in the layout's dependencies).</summary>
    private static class ErrorPage
    {
        public static string Render(int status, string message) =>
            $"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>エラー {status} - つなぎ</title>
            <link rel="stylesheet" href="/css/vendor/digital-go-jp/tokens.css"><link rel="stylesheet" href="/css/app.css"></head>
            <body><main class="error-page"><h1>エラー（{status}）</h1><p>{System.Net.WebUtility.HtmlEncode(message)}</p>
            <p><a href="/">トップへ戻る</a></p></main></body></html>
            """;
    }
}
