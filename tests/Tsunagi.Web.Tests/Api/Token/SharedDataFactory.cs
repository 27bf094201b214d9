using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Api.Token;

/// <summary>A host on a data directory (database and Data Protection keys) that outlives it, as a restarted or second web node.</summary>
public sealed class SharedDataFactory(string dataDirectory) : TsunagiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["TSUNAGI_DB"] = "sqlite",
        ["TSUNAGI_DATA"] = dataDirectory,
        [Tsunagi.Web.Demo.DemoPopulation.PercentSetting] = "0",
    };
}
