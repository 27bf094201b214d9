using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tsunagi.Counter.Contracts.PreApplications;
using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Tests.Cases;

/// <summary>The two neighbours of the case workflow faked for the test hosts: the procedure suggestions and the portal.</summary>
internal static class CaseNeighbourFakes
{
    public static void Replace(IServiceCollection services, FakePreApplications preApplications)
    {
        services.RemoveAll<IProcedureSuggestions>();
        services.AddSingleton<IProcedureSuggestions, FakeProcedureSuggestions>();
        services.RemoveAll<IPreApplications>();
        services.AddSingleton<IPreApplications>(preApplications);
    }
}
