using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Data;
using Tsunagi.Platform.Identity;
using Tsunagi.Portal.Data;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Module;

public sealed class CounterModuleTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public void The_host_declares_the_counter_permissions_and_both_module_databases()
    {
        var permissions = factory.Services.GetServices<IPermissionSource>().SelectMany(s => s.Permissions).Select(p => p.Name).ToList();

        Assert.Contains(CounterPermissions.Operate, permissions);
        Assert.Contains(CounterPermissions.Manage, permissions);
        using var scope = factory.Services.CreateScope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<CounterDbContext>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
