using Microsoft.AspNetCore.Http;
using Tsunagi.Residents.Features.ExOfficioCorrection;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>What preparing a 職権修正 or 職権消除 through the API does: key, parse, prepare, 202 pointing at the request.</summary>
public static class ExOfficioRequestEndpoint
{
    public static async Task<IResult> HandleAsync<TCommand>(HttpContext http, Func<InputReader, TCommand?> parse, Func<TCommand, string?, Task<ExOfficioRequestResult>> prepare)
        where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(prepare);
        if (!NotificationProblems.TryReadKey(http, out var key, out var keyProblem))
        {
            return keyProblem;
        }

        var reader = new InputReader();
        if (parse(reader) is not { } command)
        {
            return NotificationProblems.Invalid(reader.Problems);
        }

        return await ExOfficioProblems.RunAsync(
            () => prepare(command, key),
            result => TypedResults.Accepted($"/api/v1/ex-officio-requests/{result.RequestId}", result),
            RegisterProblems.ResidentNotFound);
    }
}
