using System.Reflection;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>Where the repository, the built product and the run's reports are, found from the test binary.</summary>
public sealed class RepositoryLayout
{
    private RepositoryLayout(string root, string configuration)
    {
        Root = root;
        Configuration = configuration;
        WebDll = Path.Combine(root, "src", "Tsunagi.Web", "bin", configuration, "net10.0", "Tsunagi.Web.dll");
        ResultsDirectory = Path.Combine(root, ".tmp", "test-results", "e2e");
    }

    public string Root { get; }

    /// <summary>Debug or Release: the product is run in the same configuration as this test assembly was built.</summary>
    public string Configuration { get; }

    public string WebDll { get; }

    /// <summary>Screenshots and the server log of this run (<c>.tmp/test-results/e2e/</c>).</summary>
    public string ResultsDirectory { get; }

    public static RepositoryLayout Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tsunagi.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("Tsunagi.slnx not found above the test binary.");
        var configuration = typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return new RepositoryLayout(root, configuration);
    }
}
