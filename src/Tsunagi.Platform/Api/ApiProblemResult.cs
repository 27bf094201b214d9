using Microsoft.AspNetCore.Http;

namespace Tsunagi.Platform.Api;

/// <summary>An endpoint result written as <c>application/problem+json</c> with Japanese and English text (see <see cref="ApiProblems"/>).</summary>
public sealed class ApiProblemResult(int status, string detailJa, string detailEn, ApiFieldErrors? errors = null) : IResult
{
    public int Status { get; } = status;

    public Task ExecuteAsync(HttpContext httpContext) => ApiProblems.WriteAsync(httpContext, Status, detailJa, detailEn, errors);
}
