using System.Reflection;
using NetArchTest.Rules;

namespace Tsunagi.Architecture.Tests;

/// <summary>Modules talk through their Contracts only: never through each other's internals or the host.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Residents", "Certificates", "Counter", "Consortium", "Continuity", "Portal"];

    public static TheoryData<string> LoadedModules() =>
        new(Modules.Where(m => TryLoad($"Tsunagi.{m}") is not null));

    [Theory]
    [MemberData(nameof(LoadedModules))]
    public void A_module_depends_on_no_other_module_and_not_on_the_host(string module)
    {
        var others = Modules.Where(m => m != module).Select(m => $"Tsunagi.{m}.").Append("Tsunagi.Web").ToArray();
        var result = Types.InAssembly(TryLoad($"Tsunagi.{module}")!)
            .ShouldNot()
            .HaveDependencyOnAny(others)
            .GetResult();
        var allowedContracts = result.FailingTypes?.Where(t => !DependsOnlyOnContracts(t, module)).Select(t => t.FullName).ToList() ?? [];
        Assert.Empty(allowedContracts);
    }

    [Fact]
    public void Contracts_depend_only_on_the_platform()
    {
        var contracts = TryLoad("Tsunagi.Residents.Contracts");
        Assert.NotNull(contracts);
        var result = Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny("Tsunagi.Residents.Data", "Tsunagi.Residents.Domain", "Tsunagi.Residents.Features", "Tsunagi.Web").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    // A module may use another module's Contracts assembly (Tsunagi.X.Contracts), nothing else of it.
    private static bool DependsOnlyOnContracts(Type type, string module)
    {
        var referenced = type.Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);
        return referenced.Where(n => n.StartsWith("Tsunagi.", StringComparison.Ordinal) && n != $"Tsunagi.{module}" && n != $"Tsunagi.{module}.Contracts" && n != "Tsunagi.Platform")
            .All(n => n.EndsWith(".Contracts", StringComparison.Ordinal));
    }

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
