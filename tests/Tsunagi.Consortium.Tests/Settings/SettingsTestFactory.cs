using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Settings;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Settings;

/// <summary>The real host with the tests' own setting declared next to the modules' ones.</summary>
public sealed class SettingsTestFactory : TsunagiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ISettingSource, TestSettings>());
    }

    private sealed class TestSettings : ISettingSource
    {
        public IEnumerable<SettingDefinition> Settings => [RetentionSetting.Definition];
    }
}
