using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using Tsunagi.Web.Demo;

namespace Tsunagi.Web.Tests.Demo;

public sealed class DemoApiClientsTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Seeding_creates_one_client_per_demo_town_bound_to_it_and_lists_its_credentials()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var credentials = scope.ServiceProvider.GetRequiredService<DemoConsortium>().Credentials().ToList();

        foreach (var code in DemoConsortium.MunicipalityCodes)
        {
            var client = await factory.Services.InTenantScopeAsync(code, TenantKind.Municipality, sp => sp.GetRequiredService<ApiClients>().FindAsync($"demo-{code}"));
            Assert.NotNull(client);
            Assert.Equal(code, client.TenantId);
            Assert.Equal(["audit.read", "certificates.issue", "residents.read", "residents.write", "tenant.read"], client.Scopes);
            Assert.Contains(credentials, c => c.TenantId == code && c.UserName == $"demo-{code}" && c.Password == $"demo-secret-{code}");
        }
    }

    [Fact]
    public async Task Seeding_again_creates_no_second_client()
    {
        var before = await Api.DatabaseRows.CountAsync(factory.Services);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoConsortium>().SeedAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(before["openiddict_applications"], (await Api.DatabaseRows.CountAsync(factory.Services))["openiddict_applications"]);
    }
}
