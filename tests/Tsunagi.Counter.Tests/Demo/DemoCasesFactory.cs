using Tsunagi.Testing;
using Tsunagi.Web.Demo;

namespace Tsunagi.Counter.Tests.Demo;

/// <summary>The test host with the demo counter cases switched on (test hosts leave them off with the population).</summary>
public sealed class DemoCasesFactory : TsunagiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { [DemoCounterCases.Setting] = "true" };
}
