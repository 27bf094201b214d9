using Microsoft.AspNetCore.Http;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.CaseWork;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Idempotency;

namespace Tsunagi.Counter.Features.CaseApi;

/// <summary>The counter API's answers: refused changes 422 naming the field, unknown (or another town's) ids 404, stale versions 409.</summary>
public static class CaseApiProblems
{
    public static ApiProblemResult Invalid(IReadOnlyList<CaseProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new ApiProblemResult(
            StatusCodes.Status422UnprocessableEntity,
            string.Join(" ", problems.Select(p => p.MessageJa)),
            string.Join(" ", problems.Select(p => p.MessageEn)),
            new ApiFieldErrors(
                problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.MessageJa).ToArray(), StringComparer.Ordinal),
                problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.MessageEn).ToArray(), StringComparer.Ordinal)));
    }

    public static ApiProblemResult NotFound() => new(StatusCodes.Status404NotFound, "受付が見つかりません。", "The counter case was not found.");

    public static bool TryReadKey(HttpContext context, out string? key, out ApiProblemResult? problem)
    {
        problem = IdempotencyKeyHeader.TryRead(context, out key)
            ? null
            : Invalid([new CaseProblem(IdempotencyKeyHeader.Name, "Idempotency-Key：1〜100文字の半角英数記号で指定してください。", "Idempotency-Key: 1 to 100 visible ASCII characters.")]);
        return problem is null;
    }

    public static async Task<IResult> RunAsync<T>(HttpContext http, Func<string?, Task<T>> handle, Func<T, IResult> success)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(success);
        if (!TryReadKey(http, out var key, out var keyProblem))
        {
            return keyProblem!;
        }

        try
        {
            return success(await handle(key));
        }
        catch (CaseRuleException ex)
        {
            return Invalid(ex.Problems);
        }
        catch (CaseNotFoundException)
        {
            return NotFound();
        }
        catch (CaseConflictException)
        {
            return new ApiProblemResult(StatusCodes.Status409Conflict, "受付は他の職員により更新されています。読み込み直してください。", "The case was changed by someone else; read it again.");
        }
        catch (IdempotencyKeyReusedException)
        {
            return Invalid([new CaseProblem(IdempotencyKeyHeader.Name, "Idempotency-Key：別の内容の要求に使われたキーです。", "Idempotency-Key: already used for another request.")]);
        }
    }
}
