using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Api;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>As <see cref="NotificationProblems.RunAsync"/>, and 404 for a resident or request of no concern to this municipality.</summary>
public static class ExOfficioProblems
{
    public static ApiProblemResult RequestNotFound() => new(
        StatusCodes.Status404NotFound,
        ProblemText.Get("Problem.RequestNotFound", ProblemText.Japanese),
        ProblemText.Get("Problem.RequestNotFound", ProblemText.English));

    public static async Task<IResult> RunAsync<T>(Func<Task<T>> handle, Func<T, IResult> success, Func<ApiProblemResult> notFound)
    {
        ArgumentNullException.ThrowIfNull(notFound);
        try
        {
            return await NotificationProblems.RunAsync(handle, success);
        }
        catch (ExOfficioNotFoundException)
        {
            return notFound();
        }
    }
}
