using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

public static class DatabaseServiceProviderExtensions
{
    /// <summary>Runs <paramref name="work"/> in a new scope whose tenant is already resolved (CLI verbs, jobs, seeding).</summary>
    public static async Task<T> InTenantScopeAsync<T>(this IServiceProvider services, string tenantId, TenantKind kind, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Resolve(tenantId, kind);
        return await work(scope.ServiceProvider);
    }
}
