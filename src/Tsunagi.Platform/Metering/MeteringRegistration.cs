using Microsoft.Extensions.DependencyInjection;

namespace Tsunagi.Platform.Metering;

public static class MeteringRegistration
{
    /// <summary><see cref="IUsageMeter"/> for modules, its buffer and flush (every 10 s and at shutdown), and the gauge readers.</summary>
    public static IServiceCollection AddUsageMetering(this IServiceCollection services)
    {
        services.AddSingleton<UsageBuffer>();
        services.AddScoped<IUsageMeter, UsageMeter>();
        services.AddScoped<UsageCounterStore>();
        services.AddSingleton<UsageFlusher>();
        services.AddHostedService<UsageFlushService>();
        services.AddScoped<ActiveStaffCount>();
        services.AddScoped<StoredBytesEstimate>();
        return services;
    }
}
