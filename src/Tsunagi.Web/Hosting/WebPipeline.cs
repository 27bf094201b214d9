using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Prometheus;
using Scalar.AspNetCore;
using Tsunagi.Continuity.Degraded;
using Tsunagi.Web.Api;
using Tsunagi.Web.Components;
using Tsunagi.Web.Security;

namespace Tsunagi.Web.Hosting;

public static class WebPipeline
{
    public static WebApplication UseTsunagiPipeline(this WebApplication app)
    {
        app.UseTsunagiErrors();
        app.UseSecurityHeaders();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("ja-JP"),
            SupportedCultures = [new("ja-JP"), new("en")],
            SupportedUICultures = [new("ja-JP"), new("en")],
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });
        app.UseRouting();
        // Before authentication: an API write in degraded mode is refused without touching the token store or the database.
        app.UseDegradedModeRefusals();
        app.UseRateLimiter();
        app.UseHttpMetrics();
        app.UseAuthentication();
        app.UseTenantResolution();
        app.UseTenantStatusGate();
        app.UseApiCallMetering();
        app.UseSecondFactorEnforcement();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapMetrics("/metrics").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Tsunagi API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapCultureEndpoints();
        app.MapTsunagiApi();
        app.MapTsunagiModules();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddAdditionalAssemblies([.. TsunagiModules.PageAssemblies]);
        return app;
    }
}
