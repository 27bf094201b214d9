using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Tsunagi.Platform.Api;

/// <summary>application/problem+json responses with a Japanese title and detail and the English in an extension member.</summary>
public static class ApiProblems
{
    public static Task WriteAsync(HttpContext context, int status, string? detailJa = null, string? detailEn = null, ApiFieldErrors? errors = null)
    {
        var (titleJa, titleEn) = status switch
        {
            StatusCodes.Status400BadRequest => ("リクエストが正しくありません。", "The request is not valid."),
            StatusCodes.Status401Unauthorized => ("認証が必要です。", "Authentication is required."),
            StatusCodes.Status403Forbidden => ("この操作の権限がありません。", "You do not have permission for this operation."),
            StatusCodes.Status404NotFound => ("見つかりません。", "Not found."),
            StatusCodes.Status409Conflict => ("他の更新と競合しました。", "The request conflicts with another change."),
            StatusCodes.Status422UnprocessableEntity => ("入力内容に誤りがあります。", "Some values are not valid."),
            StatusCodes.Status413PayloadTooLarge => ("送信されたデータが大きすぎます。", "The request body is too large."),
            StatusCodes.Status503ServiceUnavailable => ("現在この操作は受け付けられません。", "The service cannot accept this request now."),
            StatusCodes.Status429TooManyRequests => ("リクエストが多すぎます。しばらく待ってから再度お試しください。", "Too many requests; try again later."),
            _ => ("処理できませんでした。", "The request could not be processed."),
        };
        var problem = new ProblemDetails
        {
            Status = status,
            Title = titleJa,
            Detail = detailJa ?? titleJa,
            Type = $"https://httpstatuses.io/{status}",
        };
        problem.Extensions["title_en"] = titleEn;
        problem.Extensions["detail_en"] = detailEn ?? titleEn;
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors.Japanese;
            problem.Extensions["errors_en"] = errors.English;
        }
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized && !context.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.WWWAuthenticate))
        {
            // RFC 9110: a 401 names how to authenticate; API clients use OAuth bearer tokens.
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
