using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Tests.Auditing;

/// <summary>
/// The platform's services on a fresh SQLite file, migrated with the real migrations, plus raw SQL
/// access to the same file for tampering as the database owner would.
/// </summary>
internal sealed class AuditDatabase : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tsunagi-platform-tests", Guid.CreateVersion7().ToString("N"));
    private readonly ServiceProvider _services;

    private AuditDatabase()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TSUNAGI_DB"] = "sqlite", ["TSUNAGI_DATA"] = _directory })
            .Build();
        Settings = DatabaseSettings.FromConfiguration(configuration);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddTsunagiPlatform(Settings)
            .BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero));

    public DatabaseSettings Settings { get; }

    public IServiceProvider Services => _services;

    public static async Task<AuditDatabase> CreateAsync()
    {
        var database = new AuditDatabase();
        await using var scope = database._services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>Records one event per entry, each in its own scope and transaction, acting as <paramref name="actor"/>.</summary>
    public async Task RecordAsync(string tenantId, string actor, params AuditEntry[] entries)
    {
        foreach (var entry in entries)
        {
            await InScopeAsync(tenantId, actor, sp => sp.GetRequiredService<AuditTrail>().RecordAsync(entry, TestContext.Current.CancellationToken));
        }
    }

    public async Task InScopeAsync(string tenantId, string actor, Func<IServiceProvider, Task> work) =>
        await _services.InTenantScopeAsync(tenantId, TenantKind.Municipality, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem(actor);
            await work(sp);
            return true;
        });

    public Task<AuditVerification> VerifyAsync(string tenantId) =>
        _services.InTenantScopeAsync(tenantId, TenantKind.Municipality,
            sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(tenantId, TestContext.Current.CancellationToken));

    /// <summary>The tenant's events in chain order, read in a scope of that tenant.</summary>
    public async Task<IReadOnlyList<AuditEvent>> EventsAsync(string tenantId) =>
        await _services.InTenantScopeAsync(tenantId, TenantKind.Municipality, sp =>
            Task.FromResult<IReadOnlyList<AuditEvent>>(sp.GetRequiredService<PlatformDbContext>().AuditEvents
                .Where(e => e.TenantId == tenantId).OrderBy(e => e.Sequence).ToList()));

    /// <summary>Runs SQL on the database file directly, bypassing the application (the owner's view).</summary>
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
}
