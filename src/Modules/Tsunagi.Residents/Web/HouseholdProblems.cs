using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Api;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Web;

/// <summary>Notifications about an existing household: as <see cref="NotificationProblems.RunAsync"/>, and 404 for an unknown household (another municipality's included).</summary>
public static class HouseholdProblems
{
    public static async Task<IResult> RunAsync<T>(Func<Task<T>> handle, Func<T, IResult> success)
    {
        try
        {
            return await NotificationProblems.RunAsync(handle, success);
        }
        catch (HouseholdNotFoundException)
        {
            return new ApiProblemResult(
                StatusCodes.Status404NotFound,
                ProblemText.Get("Problem.HouseholdNotFound", ProblemText.Japanese),
                ProblemText.Get("Problem.HouseholdNotFound", ProblemText.English));
        }
    }
}
