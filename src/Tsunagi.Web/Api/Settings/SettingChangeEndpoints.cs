using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Web.Api.Settings;

/// <summary>
/// <c>POST /api/v1/settings/{key}/requests</c>, <c>POST /api/v1/settings/requests/{id}/approve</c> and <c>…/reject</c>: the
/// same change requests as the screens, with the same rules (scope, second approver, validation).
/// </summary>
public static class SettingChangeEndpoints
{
    public static IEndpointRouteBuilder MapSettingChanges(this IEndpointRouteBuilder api)
    {
        api.MapPost("/settings/{key}/requests", RequestAsync)
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.SettingsRequest))
            .WithName("RequestSettingChange").WithTags("設定 / Settings")
            .WithSummary("設定の変更申請 / Request a setting change")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/settings/requests/{id:guid}/approve", ApproveAsync)
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.SettingsApprove))
            .WithName("ApproveSettingChange").WithTags("設定 / Settings")
            .WithSummary("設定の変更承認 / Approve a setting change")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/settings/requests/{id:guid}/reject", RejectAsync)
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.SettingsApprove))
            .WithName("RejectSettingChange").WithTags("設定 / Settings")
            .WithSummary("設定の変更却下 / Reject a setting change")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Task<IResult> RequestAsync(string key, SettingChangeRequestBody body, SettingChanges changes, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var scope = body.Scope switch
            {
                SettingScope.NationalId => SettingScope.National,
                { Length: 2 } p when p.All(char.IsAsciiDigit) => SettingScope.Prefecture(p),
                { Length: 6 } m when m.All(char.IsAsciiDigit) => SettingScope.Municipality(m),
                _ => throw new SettingValidationException([new("scope", "適用範囲：JP、都道府県コード（2桁）または団体コード（6桁）を指定してください。")]),
            };
            var request = await changes.RequestAsync(key, scope, body.EffectiveFrom, body.Value.GetRawText(), body.Reason, cancellationToken);
            return TypedResults.Created($"/api/v1/settings/requests/{request.Id}", new { request.Id, Status = request.Status.ToString() });
        });

    private static Task<IResult> ApproveAsync(Guid id, SettingChanges changes, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var value = await changes.ApproveAsync(id, cancellationToken);
            return TypedResults.Ok(new { id, value.Version, value.EffectiveFrom });
        });

    private static Task<IResult> RejectAsync(Guid id, SettingRejectionBody body, SettingChanges changes, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await changes.RejectAsync(id, body.Note, cancellationToken);
            return TypedResults.Ok(new { id, Status = nameof(SettingChangeStatus.Rejected) });
        });

    private static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (SettingValidationException ex)
        {
            var errors = ex.Errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
            return new ApiProblemResult(StatusCodes.Status422UnprocessableEntity, "入力内容に誤りがあります。", "Some values are not valid.", new ApiFieldErrors(errors, errors));
        }
        catch (SettingChangeException ex)
        {
            var status = ex.Problem switch
            {
                SettingChangeProblem.NotFound or SettingChangeProblem.UnknownSetting => StatusCodes.Status404NotFound,
                SettingChangeProblem.ScopeNotAllowed => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status409Conflict,
            };
            return new ApiProblemResult(status, ex.MessageJa, ex.MessageEn);
        }
    }
}
