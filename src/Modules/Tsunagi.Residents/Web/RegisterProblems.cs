using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Api;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Web;

/// <summary>The API's answers for reads of the register: not found (another town's id looks the same) and a missing 閲覧目的.</summary>
public static class RegisterProblems
{
    public static ApiProblemResult ResidentNotFound() =>
        new(StatusCodes.Status404NotFound, "指定の住民は見つかりません。", "The resident was not found.");

    public static ApiProblemResult HouseholdNotFound() =>
        new(StatusCodes.Status404NotFound, "指定の世帯は見つかりません。", "The household was not found.");

    public static ApiProblemResult NoCriteria() =>
        NotificationProblems.Invalid([new FieldProblem("name", "Field.Name", "Problem.NoCriteria")]);

    public static ApiProblemResult PurposeRequired() =>
        NotificationProblems.Invalid([new FieldProblem("purpose", "Field.Purpose", "Problem.PurposeRequiredForRestricted")]);
}
