using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Security;

public static class PersonalDataEncryptionRegistration
{
    /// <summary>The master key is read on first use, so hosts that never touch personal data need none.</summary>
    public static IServiceCollection AddPersonalDataEncryption(this IServiceCollection services)
    {
        services.AddSingleton(sp => MasterKeyLoader.Load(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<DatabaseSettings>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MasterKeyLoader))));
        services.AddScoped<TenantKeyRing>();
        services.AddScoped<PersonalDataProtector>();
        return services;
    }
}
