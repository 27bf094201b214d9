using Tsunagi.Web.Api.Document;
using Tsunagi.Web.Api.Token;
using Tsunagi.Web.Demo;
using Tsunagi.Web.Security;

namespace Tsunagi.Web.Api;

public static class ApiRegistration
{
    /// <summary>The REST API: token server and bearer validation, the cookie-or-bearer scheme, the OpenAPI description and the demo clients.</summary>
    public static IServiceCollection AddTsunagiApi(this IServiceCollection services)
    {
        services.AddTokenServer();
        services.AddApiAuthentication();
        services.AddApiDocument();
        services.AddSingleton<IDemoSeedStep, DemoApiClients>();
        return services;
    }
}
