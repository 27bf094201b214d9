using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>
/// <c>GET/POST /api/v1/certificate-fees</c>: the fee table in force and its versions, and a fee change, which is a request
/// another administrator approves (202 with the request's location; the same handler as the page).
/// </summary>
public static class FeeScheduleEndpoints
{
    public static IEndpointRouteBuilder MapFeeSchedule(this IEndpointRouteBuilder api)
    {
        api.MapGet("/certificate-fees", async (FeeScheduleHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(ct)))
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Manage))
            .WithName("ListCertificateFees")
            .WithTags("手数料 / Fees")
            .WithSummary("手数料表（適用中・施行前・改定済の各版） / Fee table (every version: in force, scheduled, superseded)")
            .Produces<IReadOnlyList<FeeEntryItem>>();
        api.MapPost("/certificate-fees", RequestAsync)
            .RequireAuthorization(new RequirePermissionAttribute(CertificatesPermissions.Manage))
            .WithName("AddCertificateFee")
            .WithTags("手数料 / Fees")
            .WithSummary("手数料の変更申請（別の管理者の承認後、施行日から適用） / Request a fee change (applies from its effective date once another administrator approves it)")
            .WithDescription("変更はすぐには適用されません。設定の変更申請（certificates.fees）を作成し、202 と申請の場所（Location: /api/v1/settings/requests/{id}）を返します。承認は POST /api/v1/settings/requests/{id}/approve（申請者以外の管理者）。同じ内容の申請が承認待ちのときは、その申請を返します。 / The change is not applied at once: it creates a setting change request (certificates.fees) and answers 202 with its location. Another administrator approves it with POST /api/v1/settings/requests/{id}/approve. Sending the same change while it is pending answers the pending request.")
            .Produces<FeeChangeRequested>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> RequestAsync(FeeEntryInput input, FeeScheduleHandler handler, CancellationToken ct)
    {
        try
        {
            return await CashProblems.RunAsync(
                () => handler.RequestAsync(FeeEntryParser.Parse(input), ct),
                request => TypedResults.Accepted($"/api/v1/settings/requests/{request.RequestId}", request));
        }
        catch (SettingValidationException ex)
        {
            var errors = ex.Errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
            return new ApiProblemResult(StatusCodes.Status422UnprocessableEntity, string.Join(" ", ex.Errors.Select(e => e.Message)), "Some values are not valid.", new ApiFieldErrors(errors, errors));
        }
        catch (SettingChangeException ex)
        {
            return new ApiProblemResult(StatusCodes.Status403Forbidden, ex.MessageJa, ex.MessageEn);
        }
    }
}
