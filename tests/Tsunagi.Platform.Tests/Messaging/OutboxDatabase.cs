using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Tests.Messaging;

/// <summary>
/// The platform's services on a fresh SQLite file migrated with the real migrations, two member towns in
/// the directory and the recording handler registered. No host runs, so only the test drives the dispatcher.
/// </summary>
internal sealed class OutboxDatabase : IAsyncDisposable
{
    public const string Otsuchi = "034614";
    public const string Noda = "035033";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tsunagi-platform-tests", Guid.CreateVersion7().ToString("N"));
    private readonly ServiceProvider _services;

    private OutboxDatabase()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TSUNAGI_DB"] = "sqlite", ["TSUNAGI_DATA"] = _directory })
            .Build();
        Settings = DatabaseSettings.FromConfiguration(configuration);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddTsunagiPlatform(Settings)
            .AddSingleton(Handled)
            .AddIntegrationEventHandler<NumberedEvent, RecordingHandler>()
            .BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 0, 30, 0, TimeSpan.Zero));

    public HandledEvents Handled { get; } = new();

    public DatabaseSettings Settings { get; }

    public IServiceProvider Services => _services;

    public OutboxDispatcher Dispatcher => _services.GetRequiredService<OutboxDispatcher>();

    public static async Task<OutboxDatabase> CreateAsync()
    {
        var database = new OutboxDatabase();
        await using var scope = database._services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Consortia.Add(new Consortium("sanriku", "三陸連携"));
        db.Municipalities.Add(new Municipality(Otsuchi, "sanriku", "大槌町", "岩手県", database.Time.GetUtcNow()));
        db.Municipalities.Add(new Municipality(Noda, "sanriku", "野田村", "岩手県", database.Time.GetUtcNow()));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>Raises the events in one unit of work of <paramref name="tenantId"/>, with an audit event as the change, and commits.</summary>
    public Task RaiseAsync(string tenantId, params int[] numbers) =>
        InTownAsync(tenantId, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("outbox-tests");
            var db = sp.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await sp.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("tests.raise", "numbers", string.Join(',', numbers)), TestContext.Current.CancellationToken);
            foreach (var number in numbers)
            {
                sp.GetRequiredService<Outbox>().Add(new NumberedEvent(number));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
            return true;
        });

    public Task<List<OutboxMessage>> MessagesAsync(string tenantId) =>
        InTownAsync(tenantId, sp => sp.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking()
            .OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken));

    public Task<T> InTownAsync<T>(string tenantId, Func<IServiceProvider, Task<T>> work) =>
        _services.InTenantScopeAsync(tenantId, TenantKind.Municipality, work);

    /// <summary>Runs SQL on the database file directly, bypassing the application (the owner's view).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Tests pass constant SQL.")]
    public async Task<int> ExecuteSqlAsync(string sql)
    {
        var builder = new SqliteConnectionStringBuilder(Settings.ConnectionString) { Pooling = false };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
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
