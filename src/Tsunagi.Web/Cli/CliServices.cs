using Tsunagi.Platform;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Web.Cli;

/// <summary>Builds the same services as the server (same configuration sources) for a CLI verb, acting as the system actor <c>cli:&lt;verb&gt;</c>.</summary>
public static class CliServices
{
    public static async Task<int> RunAsync(string verb, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole().SetMinimumLevel(LogLevel.Warning);
            var database = DatabaseSettings.FromConfiguration(builder.Configuration);
            builder.Services.AddTsunagiPlatform(database);
            builder.Services.AddTsunagiWeb(builder.Configuration, database);
            await using var services = builder.Services.BuildServiceProvider(validateScopes: true);
            services.GetRequiredService<SystemActor>().Name = "cli:" + verb;
            return await work(services, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or StartupRefusedException)
        {
            await Console.Error.WriteLineAsync($"エラー / Error: {ex.Message}");
            return 1;
        }
    }
}
