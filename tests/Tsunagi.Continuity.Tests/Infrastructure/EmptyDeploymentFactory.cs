using Tsunagi.Web.Hosting;

namespace Tsunagi.Continuity.Tests.Infrastructure;

/// <summary>A freshly migrated deployment with no municipality at all: where an import lands.</summary>
public sealed class EmptyDeploymentFactory : ContinuityFactory
{
    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        await TsunagiWebApplication.PrepareDatabaseAsync(Services);
    }
}
