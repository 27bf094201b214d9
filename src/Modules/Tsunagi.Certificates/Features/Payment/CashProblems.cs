using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Idempotency;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>The API answers of the cash desk: 422 with per-field messages in Japanese and English, 404, and the <c>Idempotency-Key</c> header.</summary>
public static class CashProblems
{
    public const string IdempotencyHeader = IdempotencyKeyHeader.Name;

    public static ApiProblemResult Invalid(IReadOnlyList<CashProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new ApiProblemResult(
            StatusCodes.Status422UnprocessableEntity,
            string.Join(" ", problems.Select(p => CashText.Message(p, CashText.Japanese))),
            string.Join(" ", problems.Select(p => CashText.Message(p, CashText.English))),
            new ApiFieldErrors(ByField(problems, CashText.Japanese), ByField(problems, CashText.English)));
    }

    public static ApiProblemResult NotFound() => new(StatusCodes.Status404NotFound, CashText.Get("Cash.Problem.NotFound", CashText.Japanese), CashText.Get("Cash.Problem.NotFound", CashText.English));

    /// <summary>The header: absent (null key) or 1–100 visible ASCII characters.</summary>
    public static bool TryReadKey(HttpContext context, out string? key, out ApiProblemResult? problem)
    {
        problem = IdempotencyKeyHeader.TryRead(context, out key) ? null : Invalid([new CashProblem(IdempotencyHeader, "Cash.Problem.IdempotencyKeyFormat")]);
        return problem is null;
    }

    /// <summary>Runs a handler call and maps the cash desk's refusals: rules 422, unknown ids 404, a reused idempotency key 422.</summary>
    public static async Task<IResult> RunAsync<T>(Func<Task<T>> handle, Func<T, IResult> success)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(success);
        try
        {
            return success(await handle());
        }
        catch (CashRuleException ex)
        {
            return Invalid(ex.Problems);
        }
        catch (CashNotFoundException)
        {
            return NotFound();
        }
        catch (IdempotencyKeyReusedException)
        {
            return Invalid([new CashProblem(IdempotencyHeader, "Cash.Problem.IdempotencyKeyReused")]);
        }
    }

    private static Dictionary<string, string[]> ByField(IReadOnlyList<CashProblem> problems, System.Globalization.CultureInfo culture) =>
        problems.GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => CashText.Message(p, culture)).ToArray(), StringComparer.Ordinal);
}
