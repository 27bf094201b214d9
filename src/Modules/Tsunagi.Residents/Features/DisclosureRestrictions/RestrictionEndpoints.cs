using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Settings;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>Registering and ending 支援措置 through the API (<c>residents.restrictions.manage</c>), with the page's handler.</summary>
public static class RestrictionEndpoints
{
    public static IEndpointRouteBuilder MapRestrictions(this IEndpointRouteBuilder api)
    {
        api.MapPost("/residents/{id:guid}/restrictions", RegisterAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.RestrictionsManage))
            .WithName("RegisterRestriction")
            .WithTags("支援措置 / Support measures")
            .WithSummary("支援措置の登録 / Register a support measure")
            .WithDescription("scope は address, certificates, all。endsOn を省略すると開始日から1年間です。 / scope is address, certificates or all; without endsOn the measure runs one year.")
            .Produces<RestrictionCreated>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/residents/{id:guid}/restrictions/{restrictionId:guid}/end", EndAsync)
            .RequireAuthorization(new RequirePermissionAttribute(ResidentsPermissions.RestrictionsManage))
            .WithName("EndRestriction")
            .WithTags("支援措置 / Support measures")
            .WithSummary("支援措置の終了 / End a support measure")
            .WithDescription("endedOn の日で終了します。記録は残ります。 / Ends the measure on endedOn; the record is kept.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> RegisterAsync(Guid id, RestrictionInput input, RestrictionHandler handler, SettingsReader settings, CancellationToken cancellationToken)
    {
        var reader = new InputReader();
        var command = RestrictionParser.Parse(input, reader, await settings.GetAsync(SupportMeasureSettings.Period, cancellationToken));
        if (command is null)
        {
            return NotificationProblems.Invalid(reader.Problems);
        }

        return await handler.RegisterAsync(id, command, cancellationToken) is { } created
            ? TypedResults.Created($"/api/v1/residents/{id}", new RestrictionCreated(created, command.StartsOn, command.EndsOn))
            : RegisterProblems.ResidentNotFound();
    }

    private static async Task<IResult> EndAsync(Guid id, Guid restrictionId, RestrictionEndInput input, RestrictionHandler handler, CancellationToken cancellationToken)
    {
        var reader = new InputReader();
        var endedOn = reader.Date(input.EndedOn, "endedOn", "Field.EndedOn", required: true);
        if (endedOn is null)
        {
            return NotificationProblems.Invalid(reader.Problems);
        }

        return await NotificationProblems.RunAsync(
            () => handler.EndAsync(id, restrictionId, endedOn.Value, cancellationToken),
            ended => ended ? TypedResults.NoContent() : RegisterProblems.ResidentNotFound());
    }
}
