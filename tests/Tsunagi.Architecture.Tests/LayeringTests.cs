using NetArchTest.Rules;

namespace Tsunagi.Architecture.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void Platform_depends_on_no_host_and_no_module()
    {
        var result = Types.InAssembly(typeof(Tsunagi.Platform.PlatformRegistration).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("Tsunagi.Web", "Tsunagi.Residents", "Tsunagi.Certificates", "Tsunagi.Counter", "Tsunagi.Consortium", "Tsunagi.Continuity")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Query_filters_are_ignored_only_inside_Platform()
    {
        var offenders = SourceTree.CSharpFiles("src")
            .Where(f => !SourceTree.Relative(f).StartsWith($"src{Path.DirectorySeparatorChar}Tsunagi.Platform{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("IgnoreQueryFilters", StringComparison.Ordinal))
            .Select(SourceTree.Relative)
            .ToList();
        Assert.Empty(offenders);
    }
}
