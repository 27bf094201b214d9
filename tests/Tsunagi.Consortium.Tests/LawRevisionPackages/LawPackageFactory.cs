using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Settings;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

/// <summary>The real host with the tests' setting types declared.</summary>
public sealed class LawPackageFactory : TsunagiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ISettingSource, LawPackageSettings>());
    }
}
