namespace Tsunagi.Testing;

/// <summary>
/// The real host on PostgreSQL: a database of its own in the throwaway cluster, created by the
/// administrator and owned by tsunagi_owner, migrated as the owner, served as tsunagi_app and seeded
/// with the demo consortium; dropped afterwards.
/// </summary>
public class PostgresFactory : TsunagiFactory
{
    /// <summary>A fixed test-only master key (32 bytes, base64); a PostgreSQL deployment refuses to start without one.</summary>
    public const string TestMasterKey = "dHN1bmFnaS10ZXN0LW1hc3Rlci1rZXktMzItYnl0ZXM=";

    private string? _database;

    public PostgresTestCluster Cluster { get; } = PostgresTestCluster.FromEnvironment();

    public string Database => _database ?? throw new InvalidOperationException("The fixture's database is created by InitializeAsync.");

    public string AdminConnectionString => PostgresTestCluster.InDatabase(Cluster.Admin, Database);

    public string OwnerConnectionString => PostgresTestCluster.InDatabase(Cluster.Owner, Database);

    public string AppConnectionString => PostgresTestCluster.InDatabase(Cluster.App, Database);

    /// <summary>The connection the application serves with; tsunagi_app unless a test says otherwise.</summary>
    protected virtual string ServingConnectionString => AppConnectionString;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["TSUNAGI_DB"] = "postgres",
        ["TSUNAGI_CONNECTION"] = ServingConnectionString,
        ["TSUNAGI_OWNER_CONNECTION"] = OwnerConnectionString,
        ["TSUNAGI_MASTER_KEY"] = TestMasterKey,
    };

    public override async ValueTask InitializeAsync()
    {
        _database = await Cluster.CreateDatabaseAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await Cluster.DropDatabaseAsync(_database);
        }

        GC.SuppressFinalize(this);
    }
}
