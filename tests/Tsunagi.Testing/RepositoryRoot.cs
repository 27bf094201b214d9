namespace Tsunagi.Testing;

/// <summary>The checkout the tests run from: the folder holding <c>Tsunagi.slnx</c> above the test binary.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Tsunagi.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tsunagi.slnx not found above the test binary.");
    }
}
