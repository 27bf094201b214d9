using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Api.GetMunicipality;

/// <summary><c>GET /api/v1/municipality</c>: the municipality of the caller's token or staff session; no parameter can name another.</summary>
public static class GetMunicipalityEndpoint
{
    public static RouteHandlerBuilder MapGetMunicipality(this IEndpointRouteBuilder api) =>
        api.MapGet("/municipality", HandleAsync)
            .RequireAuthorization(new RequirePermissionAttribute(PlatformPermissions.TenantRead))
            .WithName("GetMunicipality")
            .WithTags("団体 / Municipality")
            .WithSummary("自団体の情報 / The caller's municipality")
            .WithDescription("アクセストークン（または職員のログイン）の団体のコード・名称・都道府県を返します。 / Returns the code, name and prefecture of the municipality the token or staff session belongs to.")
            .Produces<MunicipalityResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(ITenantContext tenant, PlatformDbContext db, CancellationToken cancellationToken)
    {
        var municipality = tenant.Kind == TenantKind.Municipality
            ? await db.Municipalities.AsNoTracking()
                .Where(m => m.Code == tenant.TenantId)
                .Select(m => new MunicipalityResponse(m.Code, m.Name, m.PrefectureName))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return municipality is null
            ? new ApiProblemResult(StatusCodes.Status404NotFound, "この利用者は市区町村に属していません。", "The caller does not belong to a municipality.")
            : TypedResults.Ok(municipality);
    }
}
