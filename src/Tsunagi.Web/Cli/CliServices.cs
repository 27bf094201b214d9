using Tsunagi.Platform;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Web.Cli;

/// <summary>Builds the same services as the server (same configuration sources) for a CLI verb, acting as the system actor <c>cli:&lt;verb&gt;</c>.</summary>
public static class CliServices
{
    /// <summary>The server's services; <paramref name="settings"/> override the configuration (the drill points them at its own cluster).</summary>
    public static ServiceProvider Build(string verb, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole().SetMinimumLevel(LogLevel.Warning);
        var database = DatabaseSettings.FromConfiguration(builder.Configuration);
        builder.Services.AddTsunagiPlatform(database);
        builder.Services.AddTsunagiWeb(builder.Configuration, database);
        var services = builder.Services.BuildServiceProvider(validateScopes: true);
        services.GetRequiredService<SystemActor>().Name = "cli:" + verb;
        return services;
    }

    public static async Task<int> RunAsync(string verb, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var services = Build(verb);
            return await work(services, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or StartupRefusedException)
        {
            await Console.Error.WriteLineAsync($"エラー / Error: {ex.Message}");
            return 1;
        }
    }
}
