using System.Globalization;
using Tsunagi.Residents.Population;

namespace Tsunagi.Web.Demo;

/// <summary>
/// The demo towns' residents at their real sizes (大槌町 about 10,500, 野田村 3,800, 普代村 2,500), generated
/// deterministically from the town's code; skipped for a town that already has them. <c>TSUNAGI_DEMO_POPULATION</c>
/// scales them in percent (default 100; test hosts use 0 for an empty register).
/// </summary>
public sealed class DemoPopulation(IConfiguration configuration) : IDemoSeedStep
{
    public const string PercentSetting = "TSUNAGI_DEMO_POPULATION";

    public static readonly IReadOnlyDictionary<string, int> Sizes = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["034614"] = 10_500,
        ["035033"] = 3_800,
        ["034851"] = 2_500,
    };

    public async Task SeedAsync(IServiceProvider tenantServices, string municipalityCode, CancellationToken cancellationToken)
    {
        var percent = configuration.GetValue(PercentSetting, 100);
        if (Sizes.TryGetValue(municipalityCode, out var size) && percent > 0)
        {
            size = (int)Math.Max(1, (long)size * percent / 100);
            var seeder = tenantServices.GetRequiredService<PopulationSeeder>();
            await seeder.SeedAsync(size, int.Parse(municipalityCode, CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        }
    }

    public IEnumerable<DemoCredential> Credentials(string municipalityCode, string municipalityName) => [];
}
