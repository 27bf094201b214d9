namespace Tsunagi.Web.Security;

public static class ApiRequests
{
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase);
}
