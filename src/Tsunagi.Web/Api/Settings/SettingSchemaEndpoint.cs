using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Web.Api.Settings;

/// <summary><c>GET /api/v1/settings/{key}/schema</c>: the JSON Schema a value of the setting must match (generated from its record).</summary>
public static class SettingSchemaEndpoint
{
    public static RouteHandlerBuilder MapSettingSchema(this IEndpointRouteBuilder api) =>
        api.MapGet("/settings/{key}/schema", Handle)
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.SettingsRequest))
            .WithName("GetSettingSchema")
            .WithTags("設定 / Settings")
            .WithSummary("設定値のJSON Schema / The JSON Schema of a setting's value")
            .Produces(StatusCodes.Status200OK, contentType: "application/schema+json")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static IResult Handle(string key, SettingCatalog catalog) =>
        catalog.Find(key) is { } definition
            ? Results.Text(definition.Schema.ToJsonString(), "application/schema+json")
            : new ApiProblemResult(StatusCodes.Status404NotFound, "その設定はありません。", "There is no such setting.");
}
