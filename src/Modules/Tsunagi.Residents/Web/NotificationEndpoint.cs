using Microsoft.AspNetCore.Http;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Web;

/// <summary>
/// What every <c>POST /api/v1/notifications/…</c> does around its handler: read the <c>Idempotency-Key</c>,
/// parse (422 with per-field messages), call the handler and map its refusals (<see cref="NotificationProblems.RunAsync"/>).
/// </summary>
public static class NotificationEndpoint
{
    public static async Task<IResult> HandleAsync<TInput, TCommand, TResult>(
        HttpContext http,
        TInput input,
        Func<TInput, InputReader, TCommand?> parse,
        Func<TCommand, string?, Task<TResult>> handle,
        Func<TResult, IResult> success)
        where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(handle);
        if (!NotificationProblems.TryReadKey(http, out var key, out var keyProblem))
        {
            return keyProblem;
        }

        var reader = new InputReader();
        var command = parse(input, reader);
        if (command is null)
        {
            return NotificationProblems.Invalid(reader.Problems);
        }

        return await NotificationProblems.RunAsync(() => handle(command, key), success);
    }
}
