using Tsunagi.Web.Api.GetMunicipality;
using Tsunagi.Web.Api.ListAuditEvents;
using Tsunagi.Web.Api.Settings;
using Tsunagi.Web.Api.Token;

namespace Tsunagi.Web.Api;

public static class ApiEndpoints
{
    /// <summary>Maps <c>POST /connect/token</c> and the REST API under <c>/api/v1</c> (one use case per folder).</summary>
    public static IEndpointRouteBuilder MapTsunagiApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTokenEndpoint();
        var v1 = endpoints.MapGroup("/api/v1")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        v1.MapGetMunicipality();
        v1.MapListAuditEvents();
        v1.MapSettingSchema();
        v1.MapSettingChanges();
        return endpoints;
    }
}
