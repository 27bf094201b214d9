using Microsoft.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace Tsunagi.Web.Api.Document;

public static class ApiDocument
{
    /// <summary>The OpenAPI document "v1" describes the REST API under /api/v1 with its OAuth 2.0 security scheme.</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.Configure<OpenApiOptions>("v1", o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer<OAuthSecurityScheme>();
            o.AddOperationTransformer<PermissionSecurityRequirements>();
        });

        // The reference at /api/docs (mapped in WebPipeline) runs from the app alone: Scalar's script is served by the
        // package, and nothing is fetched from Scalar's servers (fonts, telemetry, agent, hosted client, developer toolbar).
        services.Configure<ScalarOptions>(o =>
        {
            o.DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp().HideClientButton().HideDeveloperTools();
            o.AddPreferredSecuritySchemes([OAuthSecurityScheme.Name]);

            // Scalar's page template has no lang attribute; the documented text leads in Japanese.
            o.HeadContent = "<script>document.documentElement.lang = 'ja';</script>";
        });
        return services;
    }
}
