using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Tests.Infrastructure;

/// <summary>
/// The platform's services on a fresh SQLite file in its own temp directory, migrated with the real
/// migrations, a fake clock, and raw SQL access to the same file (the database owner's view).
/// </summary>
internal abstract class PlatformTestDatabase : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tsunagi-platform-tests", Guid.CreateVersion7().ToString("N"));
    private readonly ServiceProvider _services;

    protected PlatformTestDatabase(Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TSUNAGI_DB"] = "sqlite", ["TSUNAGI_DATA"] = _directory })
            .Build();
        Settings = DatabaseSettings.FromConfiguration(configuration);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddTsunagiPlatform(Settings);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero));

    public DatabaseSettings Settings { get; }

    public IServiceProvider Services => _services;

    /// <summary>Runs SQL on the database file directly, bypassing the application.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Tests pass constant SQL; values go in parameters.")]
    public async Task<int> ExecuteSqlAsync(string sql, params (string Name, object Value)[] parameters)
    {
        var builder = new SqliteConnectionStringBuilder(Settings.ConnectionString) { Pooling = false };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleanup if a handle lingers.
        }
    }

    protected async Task MigrateAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
    }
}
