using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Tsunagi.Platform.Messaging;
using Tsunagi.Web.Demo;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Testing;

/// <summary>
/// The real host on a fresh SQLite database in its own temp directory, migrated and seeded with the
/// demo consortium; time is a <see cref="FakeTimeProvider"/> the tests can advance.
/// </summary>
public class TsunagiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tsunagi-tests", Guid.CreateVersion7().ToString("N"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero));

    public string DataDirectory => _dataDirectory;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["TSUNAGI_DB"] = "sqlite",
        ["TSUNAGI_DATA"] = _dataDirectory,
        [DemoPopulation.PercentSetting] = "0",
    };

    public virtual async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        await TsunagiWebApplication.PrepareDatabaseAsync(Services);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoConsortium>().SeedAsync(CancellationToken.None);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled SQLite connection; the temp directory is cleaned by the OS.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);

            // Tests drive outbox dispatch rounds themselves (OutboxDispatcher.DispatchOnceAsync): a background
            // timer on the fake clock would fire once per period skipped whenever a test moves the clock a day.
            foreach (var background in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxDispatcherService)).ToList())
            {
                services.Remove(background);
            }
        });
    }
}
