using Microsoft.AspNetCore.Http.Features;
using Tsunagi.Platform;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Hosting;

/// <summary>Composition of the web host: services, then the request pipeline. Feature wiring lives in the Add*/Use*/Map* extensions it calls.</summary>
public static class TsunagiWebApplication
{
    /// <summary>Largest request body accepted anywhere (forms and API); larger posts get 413 with a clear message and change nothing.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        // Request logs carry paths and query strings, which may hold search terms: framework chatter stays at Warning.
        // Set here rather than in appsettings.json so it holds whatever the content root is.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("OpenIddict", LogLevel.Warning);
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = false;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // Serves wwwroot and framework assets from the build output too (./run.sh runs the build, not a publish).
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = 64 * 1024;
            o.MultipartBodyLengthLimit = MaxRequestBodyBytes;
            o.ValueCountLimit = 256;
        });

        var database = DatabaseSettings.FromConfiguration(builder.Configuration);
        builder.Services.AddTsunagiPlatform(database);
        builder.Services.AddTsunagiWeb(builder.Configuration, database);

        var app = builder.Build();
        app.UseTsunagiPipeline();
        return app;
    }

    /// <summary>Applies migrations at start (SQLite, or PostgreSQL when the owner connection is configured) unless the database takes no writes, and refuses to start on an unsafe PostgreSQL schema.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        // A database that takes no writes (a standby, a read-only file) starts the server in degraded mode: reads only, no migration.
        var writable = await scope.ServiceProvider.GetRequiredService<IWriteAvailability>().CurrentAsync() == WriteAvailability.Available;
        if (writable && (settings.Provider == DatabaseProvider.Sqlite || settings.OwnerConnectionString is not null))
        {
            await migrator.MigrateAsync();
        }

        await scope.ServiceProvider.GetRequiredService<StartupSafetyChecks>().RunAsync();
    }
}
