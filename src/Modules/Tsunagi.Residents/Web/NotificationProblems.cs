using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Web;

/// <summary>The API's answers to refused notifications: problem+json with per-field messages in Japanese and English.</summary>
public static class NotificationProblems
{
    public const string IdempotencyHeader = IdempotencyKeyHeader.Name;

    public static ApiProblemResult Invalid(IReadOnlyList<FieldProblem> problems)
    {
        var errors = problems.Where(p => !p.IsWarning).ToList();
        return new ApiProblemResult(
            StatusCodes.Status422UnprocessableEntity,
            ProblemText.Get("Problem.Summary", ProblemText.Japanese),
            ProblemText.Get("Problem.Summary", ProblemText.English),
            new ApiFieldErrors(ByField(errors, ProblemText.Japanese), ByField(errors, ProblemText.English)));
    }

    public static ApiProblemResult Stale() => new(
        StatusCodes.Status409Conflict,
        ProblemText.Get("Problem.StaleForm", ProblemText.Japanese),
        ProblemText.Get("Problem.StaleForm", ProblemText.English));

    public static ApiProblemResult IdempotencyKeyReused() => Invalid([new FieldProblem(IdempotencyHeader, "Field.IdempotencyKey", "Problem.IdempotencyKeyReused")]);

    /// <summary>The <c>Idempotency-Key</c> header: absent (null key) or 1–100 visible ASCII characters.</summary>
    public static bool TryReadKey(HttpContext context, out string? key, [NotNullWhen(false)] out ApiProblemResult? problem)
    {
        problem = IdempotencyKeyHeader.TryRead(context, out key) ? null : Invalid([new FieldProblem(IdempotencyHeader, "Field.IdempotencyKey", "Problem.IdempotencyKeyFormat")]);
        return problem is null;
    }

    public static ApiProblemResult NotFound(string problemKey) => new(
        StatusCodes.Status404NotFound,
        ProblemText.Get(problemKey, ProblemText.Japanese),
        ProblemText.Get(problemKey, ProblemText.English));

    /// <summary>
    /// Runs a handler call and maps the register's refusals to problems: rules 422, stale form 409, a reused
    /// idempotency key 422, an unknown household or resident (another municipality's included) 404; anything else propagates.
    /// </summary>
    public static async Task<IResult> RunAsync<T>(Func<Task<T>> handle, Func<T, IResult> success)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(success);
        try
        {
            return success(await handle());
        }
        catch (ResidentRuleException ex)
        {
            return Invalid(ex.Problems);
        }
        catch (StaleFormException)
        {
            return Stale();
        }
        catch (IdempotencyKeyReusedException)
        {
            return IdempotencyKeyReused();
        }
        catch (HouseholdNotFoundException)
        {
            return NotFound("Problem.HouseholdNotFound");
        }
        catch (ResidentNotFoundException)
        {
            return NotFound("Problem.ResidentNotFound");
        }
    }

    private static Dictionary<string, string[]> ByField(IEnumerable<FieldProblem> problems, System.Globalization.CultureInfo culture) =>
        problems.GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => ProblemText.Message(p, culture)).ToArray(), StringComparer.Ordinal);
}
