using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Rendering;

namespace Tsunagi.Certificates.Tests.Rendering;

public sealed class RendererRegistrationTests
{
    [Fact]
    public void The_module_registers_one_renderer_for_the_whole_process()
    {
        var services = new ServiceCollection().AddCertificates();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(CertificateRenderer));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }
}
