namespace Tsunagi.Web.Security;

/// <summary>Error page rendered without the layout (the failure may be in the layout's dependencies).</summary>
internal static class ErrorPage
{
    /// <summary>Browsers (HTML accepted, or a form post) get this page; API clients get application/problem+json.</summary>
    public static bool IsWanted(HttpRequest request) =>
        !ApiRequests.IsApi(request)
        && (request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true) || request.HasFormContentType);

    public static string Render(int status, string message) =>
        $"""
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>エラー {status} - つなぎ</title>
        <link rel="stylesheet" href="/css/vendor/digital-go-jp/tokens.css"><link rel="stylesheet" href="/css/app.css"></head>
        <body><main class="error-page"><h1>エラー（{status}）</h1><p>{System.Net.WebUtility.HtmlEncode(message)}</p>
        <p><a href="/">トップへ戻る</a></p></main></body></html>
        """;

    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Render(status, message));
    }
}
