using Tsunagi.Counter.Demo;

namespace Tsunagi.Web.Demo;

/// <summary>
/// 大槌町's demo counter cases (<see cref="CounterDemoSeeder"/>). <c>TSUNAGI_DEMO_COUNTER_CASES</c> turns them on or off;
/// unset, they come with the demo population (test hosts, which seed no population, get an empty counter).
/// </summary>
public sealed class DemoCounterCases(IConfiguration configuration) : IDemoSeedStep
{
    public const string Setting = "TSUNAGI_DEMO_COUNTER_CASES";

    public Task SeedAsync(IServiceProvider tenantServices, string municipalityCode, CancellationToken cancellationToken)
    {
        var enabled = configuration.GetValue<bool?>(Setting) ?? configuration.GetValue(DemoPopulation.PercentSetting, 100) > 0;
        return enabled ? tenantServices.GetRequiredService<CounterDemoSeeder>().SeedAsync(municipalityCode, cancellationToken) : Task.CompletedTask;
    }

    public IEnumerable<DemoCredential> Credentials(string municipalityCode, string municipalityName) => [];
}
