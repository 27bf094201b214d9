namespace Tsunagi.Continuity.Drill;

/// <summary>Finds the repository's deploy/ directory: TSUNAGI_DEPLOY_DIR, else the nearest parent of the working or program directory holding deploy/postgres/primary.sh.</summary>
public static class DeployScripts
{
    public static string FindDirectory()
    {
        if (Environment.GetEnvironmentVariable("TSUNAGI_DEPLOY_DIR") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "deploy", "postgres", "primary.sh")))
                {
                    return Path.Combine(dir.FullName, "deploy");
                }
            }
        }

        throw new InvalidOperationException("deploy/postgres が見つかりません。TSUNAGI_DEPLOY_DIR を指定してください。 / deploy/postgres not found; set TSUNAGI_DEPLOY_DIR.");
    }
}
