using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Idempotency;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The API's answers to refused certificate requests: problem+json with per-field messages in Japanese and English.</summary>
public static class IssueProblems
{
    public const string IdempotencyHeader = IdempotencyKeyHeader.Name;

    public static ApiProblemResult Invalid(IReadOnlyList<IssueProblem> problems) => new(
        StatusCodes.Status422UnprocessableEntity,
        IssueProblemText.Get("Issue.Problem.Summary", IssueProblemText.Japanese),
        IssueProblemText.Get("Issue.Problem.Summary", IssueProblemText.English),
        new ApiFieldErrors(ByField(problems, IssueProblemText.Japanese), ByField(problems, IssueProblemText.English)));

    public static ApiProblemResult NotFound() => new(
        StatusCodes.Status404NotFound,
        IssueProblemText.Get("Issue.Problem.NotFound", IssueProblemText.Japanese),
        IssueProblemText.Get("Issue.Problem.NotFound", IssueProblemText.English));

    /// <summary>The <c>Idempotency-Key</c> header: absent (null) or 1–100 visible ASCII characters.</summary>
    public static bool TryReadKey(HttpContext context, out string? key, out ApiProblemResult? problem)
    {
        problem = IdempotencyKeyHeader.TryRead(context, out key) ? null : Invalid([new IssueProblem(IdempotencyHeader, "Issue.Problem.IdempotencyKeyFormat")]);
        return problem is null;
    }

    /// <summary>Runs a handler call and maps refusals: 422 (checks, reused key), 404 (unknown or another municipality's ids).</summary>
    public static async Task<IResult> RunAsync<T>(Func<Task<T>> handle, Func<T, IResult> success)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(success);
        try
        {
            return success(await handle());
        }
        catch (IssueRefusedException ex)
        {
            return Invalid(ex.Problems);
        }
        catch (IdempotencyKeyReusedException)
        {
            return Invalid([new IssueProblem(IdempotencyHeader, "Issue.Problem.IdempotencyKeyReused")]);
        }
        catch (IssueSubjectNotFoundException)
        {
            return NotFound();
        }
    }

    private static Dictionary<string, string[]> ByField(IEnumerable<IssueProblem> problems, CultureInfo culture) =>
        problems.GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => IssueProblemText.Message(p, culture)).ToArray(), StringComparer.Ordinal);
}
